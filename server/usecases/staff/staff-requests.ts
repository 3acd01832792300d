// Grants of staff power under dual control: opening a request (held, with an alarm to the region's
// admins, above the bulk threshold) and rejecting one. Shared by creating and changing staff, by
// staff-reject and by resolving a bulk alarm.
import type { StaffRequestKind, StaffRole } from '@core/api/contract/staff'
import type { Store } from '../../ports/store'
import type { StaffRequest } from '../../ports/staff-store'
import { newId } from '../../kernel/ids'
import type { BulkLimits } from '../review/bulk-limits'

const HOUR = 3600_000

export interface RequestedGrant {
  accountId: string
  kind: StaffRequestKind
  role: StaffRole
  pointId: string | null
}

/**
 * Opens a request for a second admin. Past the bulk threshold (requests by this admin, or in the region,
 * in the last hour) it is held instead, an alarm is raised and every admin of the region gets a notice:
 * a burst of new staff is how one person would make their own second approvers.
 */
export async function openStaffRequest(
  tx: Store, limits: BulkLimits, region: string, requestedBy: string, grant: RequestedGrant, now: number
): Promise<StaffRequest> {
  const byAdmin = await tx.staff.requestsSince({ requestedBy }, now - HOUR)
  const inRegion = await tx.staff.requestsSince({ region }, now - HOUR)
  const held = byAdmin >= limits.staffPerAdminPerHour || inRegion >= limits.staffPerRegionPerHour
  const request: StaffRequest = {
    id: newId(), region, ...grant, state: held ? 'held' : 'pending', requestedBy, requestedAt: now, decidedBy: null, decidedAt: null, reason: null
  }
  await tx.staff.createRequest(request)
  await tx.audit.append({ region, actor: requestedBy, action: 'staff.request', subject: grant.accountId, data: { request: request.id, kind: grant.kind, role: grant.role, pointId: grant.pointId, state: request.state } })
  if (!held) return request
  const counts = { requestsInLastHourByAdmin: byAdmin, requestsInLastHourInRegion: inRegion }
  await tx.alarms.raise({ id: newId(), region, kind: 'bulk-staff', state: 'open', raisedAt: now, resolvedBy: null, resolvedAt: null,
    detail: { staffRequest: request.id, requestedBy, ...counts, limits: { perAdminPerHour: limits.staffPerAdminPerHour, perRegionPerHour: limits.staffPerRegionPerHour } } })
  await tx.audit.append({ region, actor: requestedBy, action: 'staff.request.held', subject: grant.accountId, reason: 'bulk-threshold', data: { request: request.id, ...counts } })
  for (const admin of (await tx.staff.listByRegion(region)).filter(s => s.role === 'admin' && s.status === 'active')) {
    await tx.notices.add({ id: newId(), accountId: admin.accountId, at: now, kind: 'status-changed', readAt: null, text: {
      title: { zh: '批量告警：新增工作人员已暂停', en: 'Bulk alarm: new staff stopped' },
      body: { zh: `一名管理员一小时内申请新增或授权工作人员 ${byAdmin + 1} 次，已暂停，请核查`, en: `One admin asked to create or empower ${byAdmin + 1} staff members within an hour; stopped, please review` }
    } })
  }
  return request
}

/** Rejects a waiting request; a member whose creation it was is left disabled (enabling them is a new request). */
export async function rejectStaffRequest(tx: Store, request: StaffRequest, by: string, reason: string | null, now: number): Promise<void> {
  await tx.staff.decideRequest(request.id, { state: 'rejected', decidedBy: by, decidedAt: now, reason })
  const member = await tx.staff.find(request.accountId)
  if (member?.status === 'pending') await tx.staff.update(member.accountId, { status: 'disabled' }, now)
  await tx.audit.append({ region: request.region, actor: by, action: 'staff.reject', subject: request.accountId, reason, data: { request: request.id, kind: request.kind, role: request.role, requestedBy: request.requestedBy } })
}

/**
 * Settles a request held by a bulk alarm: released, it waits for a second admin's approval like any
 * other (releasing is not approving); cancelled, it is rejected.
 */
export async function settleHeldStaffRequest(store: Store, requestId: string, action: 'release' | 'cancel', by: string, note: string, now: number): Promise<StaffRequest | null> {
  return store.transaction(async tx => {
    const request = await tx.staff.findRequest(requestId)
    if (!request || request.state !== 'held') return request
    if (action === 'cancel') await rejectStaffRequest(tx, request, by, note.slice(0, 200), now)
    else await tx.staff.decideRequest(request.id, { state: 'pending', decidedBy: null, decidedAt: null, reason: null })
    return request
  })
}
