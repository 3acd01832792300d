// What an admin sees of a staff member (StaffView, in the contract): the phone number masked, who made
// and approved them, and the change waiting for a second admin, if any.
import { maskPhone } from '@core/identity/masking'
import type { StaffRequestView, StaffView } from '@core/api/contract/staff'
import type { AccountStore } from '../../ports/account-store'
import type { PiiProtector } from '../../ports/pii-protector'
import type { StaffMember, StaffRequest, StaffStore } from '../../ports/staff-store'

export function requestView(r: StaffRequest, viewer: string, requesterName: string | null): StaffRequestView {
  return {
    requestId: r.id, kind: r.kind, role: r.role, pointId: r.pointId, state: r.state === 'held' ? 'held' : 'pending',
    requestedBy: r.requestedBy, requestedByName: requesterName, requestedAt: r.requestedAt, mine: r.requestedBy === viewer
  }
}

export function staffView(m: StaffMember, phone: string | null, request: StaffRequestView | null = null): StaffView {
  return {
    staffId: m.accountId, displayName: m.displayName, role: m.role, region: m.region, pointId: m.pointId,
    status: m.status, phoneMasked: phone ? maskPhone(phone) : null, createdAt: m.createdAt,
    createdBy: m.createdBy, approvedBy: m.approvedBy, approvedAt: m.approvedAt, request
  }
}

/** One member as `viewer` sees them now, read afresh (after a change). */
export async function describeMember(
  store: { staff: Pick<StaffStore, 'find' | 'openRequestFor'>; accounts: Pick<AccountStore, 'findById'> }, pii: Pick<PiiProtector, 'open'>,
  accountId: string, viewer: string
): Promise<StaffView> {
  const member = (await store.staff.find(accountId))!
  const account = await store.accounts.findById(accountId)
  const open = await store.staff.openRequestFor(accountId)
  const requester = open ? await store.staff.find(open.requestedBy) : null
  return staffView(member, account?.phoneEnc ? pii.open(account.phoneEnc) : null, open ? requestView(open, viewer, requester?.displayName ?? null) : null)
}
