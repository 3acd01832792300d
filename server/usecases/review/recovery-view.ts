// How the auditor console shows an identity-recovery item: the account that tried (its own phone number
// masked, so the auditor can find the person at the desk), its attempts with the numbers masked, who
// recorded the in-person check. Never anything of the account that holds the number. Shared by the queue,
// the evidence and the three decisions.
import { AppError } from '@core/api/app-error'
import { maskedIdOf } from '@core/identity/id-mask'
import { maskPhone } from '@core/identity/masking'
import type { RecoveryAttempt, RecoveryItem } from '@core/api/contract/review'
import type { AccountStore } from '../../ports/account-store'
import type { IdentityAttempt, IdentityAttemptStore } from '../../ports/identity-attempt-store'
import type { IdentityRecovery, IdentityRecoveryStore, RecoveryState } from '../../ports/identity-recovery-store'
import type { StaffStore } from '../../ports/staff-store'
import type { PiiProtector } from '../../ports/pii-protector'
import type { Actor } from '../actor'
import { staffName } from './masked-person'

export interface RecoveryReads {
  accounts: Pick<AccountStore, 'findById'>
  identityAttempts: Pick<IdentityAttemptStore, 'forAccount'>
  staff: Pick<StaffStore, 'find'>
  pii: Pick<PiiProtector, 'open'>
}

export async function recoveryView(deps: RecoveryReads, r: IdentityRecovery, viewer: string): Promise<RecoveryItem> {
  const [account, attempts] = await Promise.all([deps.accounts.findById(r.accountId), deps.identityAttempts.forAccount(r.accountId)])
  return {
    id: r.id, state: r.state, openedAt: r.openedAt, phoneMasked: account?.phoneEnc ? maskPhone(deps.pii.open(account.phoneEnc)) : null, attempts: attempts.length,
    attemptId: r.attemptId, requestedBy: r.requestedBy, requestedByName: await staffName(deps.staff, r.requestedBy), requestedAt: r.requestedAt,
    note: r.noteEnc ? deps.pii.open(r.noteEnc) : null, mine: r.requestedBy === viewer, decidedAt: r.decidedAt
  }
}

export function attemptView(a: IdentityAttempt): RecoveryAttempt {
  return { id: a.id, at: a.at, idType: a.idType, idMasked: maskedIdOf(a.idType, a.idEnds), nameMasked: a.claim ? `${a.claim.surname}*` : null, outcome: a.outcome }
}

/** An item the auditor may act on: of their region (else not found) and in one of the states (else conflict). */
export async function findRecovery(recoveries: Pick<IdentityRecoveryStore, 'find'>, auditor: Actor, id: string, states: RecoveryState[]): Promise<IdentityRecovery> {
  const r = await recoveries.find(id)
  if (!r || r.region !== auditor.staff!.region) throw new AppError('NOT_FOUND', 'identity recovery')
  if (!states.includes(r.state)) throw new AppError('CONFLICT', `identity recovery is ${r.state}`)
  return r
}
