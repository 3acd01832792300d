// The collection point a staff member works at, checked when one is added or changed.
import { AppError } from '@core/api/app-error'
import type { StaffRole } from '@core/api/contract/staff'
import type { Store } from '../../ports/store'

/** Verifiers work at one open point of the region; other roles carry none. */
export async function checkPoint(store: Pick<Store, 'points'>, region: string, role: StaffRole, pointId: string | null): Promise<string | null> {
  if (role !== 'verifier') return null
  if (!pointId) throw new AppError('INVALID_INPUT', 'a verifier needs a collection point', [{ path: 'pointId', code: 'required', message: '核验员必须指定采集点 / A verifier needs a collection point' }])
  const point = await store.points.find(pointId)
  if (!point || point.region !== region) throw new AppError('NOT_FOUND', 'collection point')
  if (point.status !== 'open') throw new AppError('CONFLICT', 'collection point is closed')
  return point.id
}
