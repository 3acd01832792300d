// The two people of one dual-controlled act (a staff member's grant of power, an import, a manual status
// change, an identity recovery) must have independent origins, or one admin could make both of them
// (Henan 2022; one admin with three phone numbers could otherwise turn a citizen red alone). docs/dual-control.md has examples.
//
// Independent means all of:
//   - they are two different people;
//   - neither created or approved the other (ever: no cooling-off makes that independent);
//   - no admin created or approved both of them, where that admin's latest such act on either of them is
//     within the cooling-off period (default 30 days). The operator on the host (`healthcode admin
//     create`, the demo seed) is not an admin of the region and links no one: the region's two founding
//     admins are independent of each other from the start.
import { AppError } from '@core/api/app-error'
import type { StaffOrigin, StaffStore } from '../../ports/staff-store'

export interface IndependenceRule {
  /** How long an admin's creation or approval of someone links them to the others that admin made. */
  coolingOffMs: number
}

export type Dependence = 'same-person' | 'made-by-the-other' | 'shared-origin'

interface Party {
  accountId: string
  origins: StaffOrigin[]
}

/** Why `a` and `b` may not be the two people of one act, or null when they are independent. */
export function dependenceBetween(a: Party, b: Party, now: number, rule: IndependenceRule): Dependence | null {
  if (a.accountId === b.accountId) return 'same-person'
  if (a.origins.some(o => o.by === b.accountId) || b.origins.some(o => o.by === a.accountId)) return 'made-by-the-other'
  for (const origin of a.origins) {
    if (origin.by === null || !b.origins.some(o => o.by === origin.by)) continue
    const latest = Math.max(...[...a.origins, ...b.origins].filter(o => o.by === origin.by).map(o => o.at))
    if (now - latest < rule.coolingOffMs) return 'shared-origin'
  }
  return null
}

/**
 * Refuses (40305, SECOND_APPROVER_REQUIRED) unless the requester and the approver of one act are
 * independent. Every dual-controlled approval calls this before it changes anything.
 */
export async function assertIndependent(
  staff: Pick<StaffStore, 'originsOf'>, rule: IndependenceRule, requester: string, approver: string, now: number
): Promise<void> {
  if (requester === approver) throw new AppError('SECOND_APPROVER_REQUIRED', 'the requester cannot approve their own request')
  const why = dependenceBetween(
    { accountId: requester, origins: await staff.originsOf(requester) },
    { accountId: approver, origins: await staff.originsOf(approver) },
    now, rule
  )
  if (why) throw new AppError('SECOND_APPROVER_REQUIRED', `requester and approver are not independent: ${why}`)
}
