// A change request the auditor may decide: of their region (else not found) and in one of the states.
import { AppError } from '@core/api/app-error'
import type { StatusChangeRequest, StatusChangeStore } from '../../ports/status-change-store'
import type { Actor } from '../actor'

export async function findChange(statusChanges: Pick<StatusChangeStore, 'find'>, auditor: Actor, id: string, states: StatusChangeRequest['state'][]): Promise<StatusChangeRequest> {
  const r = await statusChanges.find(id)
  if (!r || r.region !== auditor.staff!.region) throw new AppError('NOT_FOUND', 'change request')
  if (!states.includes(r.state)) throw new AppError('CONFLICT', `change request is ${r.state}`)
  return r
}
