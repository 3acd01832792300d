// Typed wrappers over the region admin's functions. The region is the caller's own (from the session).
import { callFunction } from '@/services/cloud'
import type { CollectionPoint, PointKind, StaffRole, StaffView, TodayStats } from './types'

export const listStaff = () => callFunction<{ staff: StaffView[] }>('staff-list', {})
export const createStaff = (input: { phone: string; displayName: string; role: StaffRole; pointId?: string | null }) => callFunction<StaffView>('staff-create', input)
export const updateStaff = (input: { staffId: string; role?: StaffRole; pointId?: string | null; status?: 'active' | 'disabled'; displayName?: string }) =>
  callFunction<StaffView>('staff-update', input)

export const listPoints = () => callFunction<{ points: CollectionPoint[] }>('point-list', {})
export const createPoint = (input: { name: string; address: string; kind: PointKind }) => callFunction<CollectionPoint>('point-create', input)
export const updatePoint = (input: { pointId: string; name?: string; address?: string; kind?: PointKind; status?: 'open' }) => callFunction<CollectionPoint>('point-update', input)
export const closePoint = (pointId: string) => callFunction<CollectionPoint>('point-close', { pointId })

export const fetchTodayStats = () => callFunction<TodayStats>('scan-stats', {})
