// The region admin's functions, typed by their contracts. The region is the caller's own (from the session).
import { callFunction, type FunctionInput } from '@/services/cloud'

export const listStaff = () => callFunction('staff-list', {})
export const createStaff = (input: FunctionInput<'staff-create'>) => callFunction('staff-create', input)
export const updateStaff = (input: FunctionInput<'staff-update'>) => callFunction('staff-update', input)
export const approveStaff = (requestId: string) => callFunction('staff-approve', { requestId })
export const rejectStaff = (requestId: string) => callFunction('staff-reject', { requestId })

export const listPoints = () => callFunction('point-list', {})
export const createPoint = (input: FunctionInput<'point-create'>) => callFunction('point-create', input)
export const updatePoint = (input: FunctionInput<'point-update'>) => callFunction('point-update', input)
export const closePoint = (pointId: string) => callFunction('point-close', { pointId })

export const fetchTodayStats = () => callFunction('scan-stats', {})
