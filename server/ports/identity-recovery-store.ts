// Identity recovery: the auditors' queue item a conflicting binding attempt opens. While an account has an
// open or requested item it is frozen for binding. One auditor records the in-person check (requested), a
// second, different auditor approves the move (moved); or an auditor closes it (closed).
export type RecoveryState = 'open' | 'requested' | 'moved' | 'closed'

export interface IdentityRecovery {
  id: string
  region: string
  /** The account that attempted (and is frozen), never the owner of the number. */
  accountId: string
  state: RecoveryState
  openedAt: number
  /** The attempt whose number the in-person check found on the person's document. */
  attemptId: string | null
  requestedBy: string | null
  requestedAt: number | null
  noteEnc: string | null
  decidedBy: string | null
  decidedAt: number | null
  decisionNoteEnc: string | null
}

export interface IdentityRecoveryStore {
  open(r: IdentityRecovery): Promise<void>
  find(id: string): Promise<IdentityRecovery | null>
  /** The account's open or requested item, if any: the account is frozen for binding while there is one. */
  activeFor(accountId: string): Promise<IdentityRecovery | null>
  list(region: string, states: RecoveryState[]): Promise<IdentityRecovery[]>
  update(id: string, patch: Partial<Pick<IdentityRecovery, 'state' | 'attemptId' | 'requestedBy' | 'requestedAt' | 'noteEnc' | 'decidedBy' | 'decidedAt' | 'decisionNoteEnc'>>): Promise<void>
}
