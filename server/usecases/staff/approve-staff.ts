// A second admin of the region approves a grant of staff power (a creation, a new role, re-enabling):
// only then does the member hold the role. Never the admin who asked, never the member themselves, and
// never an admin whose origin is not independent of the requester's (server/usecases/staff/
// independent-origins.ts): otherwise one admin could make the person who approves their next request.
// Approval ends the member's sessions: they sign in again, to a staff session with its shorter lifetime.
import { AppError } from '@core/api/app-error'
import type { StaffView, staffApprove } from '@core/api/contract/staff'
import type { ParsedInputOf } from '@core/api/contract/define'
import type { Store } from '../../ports/store'
import type { Clock } from '../../ports/clock'
import type { PiiProtector } from '../../ports/pii-protector'
import type { StaffRequest } from '../../ports/staff-store'
import type { Actor } from '../actor'
import { assertIndependent, type IndependenceRule } from './independent-origins'
import { checkPoint } from './staff-point'
import { describeMember } from './staff-view'

/** A request of the admin's region (else not found) that may still be decided. */
export async function decidableRequest(store: Pick<Store, 'staff'>, admin: Actor, requestId: string): Promise<StaffRequest> {
  const request = await store.staff.findRequest(requestId)
  if (!request || request.region !== admin.staff!.region) throw new AppError('NOT_FOUND', 'staff request')
  if (request.state !== 'pending' && request.state !== 'held') throw new AppError('CONFLICT', `staff request is ${request.state}`)
  // Nobody decides about their own power.
  if (request.accountId === admin.accountId) throw new AppError('SECOND_APPROVER_REQUIRED', 'a staff member cannot decide a request about themselves')
  return request
}

export class ApproveStaff {
  constructor(private readonly deps: { store: Store; clock: Clock; pii: PiiProtector; independence: IndependenceRule }) {}

  async execute(admin: Actor, { requestId }: ParsedInputOf<typeof staffApprove>): Promise<StaffView> {
    const { store, clock, pii, independence } = this.deps
    const request = await decidableRequest(store, admin, requestId)
    const now = clock.now()
    await assertIndependent(store.staff, independence, request.requestedBy, admin.accountId, now)
    if (request.state === 'held') throw new AppError('CONFLICT', 'held by a bulk alarm: an admin must release it first')
    return store.transaction(async tx => {
      const fresh = await tx.staff.findRequest(request.id)
      if (fresh?.state !== 'pending') throw new AppError('CONFLICT', 'staff request already decided')
      const pointId = await checkPoint(tx, request.region, request.role, request.pointId)
      await tx.staff.update(request.accountId, { role: request.role, pointId, status: 'active', approvedBy: admin.accountId, approvedAt: now }, now)
      await tx.staff.decideRequest(request.id, { state: 'approved', decidedBy: admin.accountId, decidedAt: now, reason: null })
      // The power starts with a fresh sign-in: a session opened before (a citizen's, 30 days) never carries it.
      await tx.sessions.revokeAllFor(request.accountId, now)
      await tx.audit.append({ region: request.region, actor: admin.accountId, action: 'staff.approve', subject: request.accountId, data: {
        request: request.id, kind: request.kind, requestedBy: request.requestedBy, after: { role: request.role, pointId, status: 'active' }
      } })
      return describeMember(tx, pii, request.accountId, admin.accountId)
    })
  }
}
