// Attempts to bind an ID number to an account (the real-name binding of the first declaration). An attempt
// keeps the number as a keyed hash, to count the distinct numbers an account has tried (2 in its lifetime),
// and sealed, so that a key rotation can re-key the hash and an approved identity recovery can bind it. The
// name and address typed with a conflicting attempt are kept sealed only until its recovery is decided.

/** `bound`: bound to this account. `conflict`: bound to another account. `frozen`: bound to nobody, but
 * not bound here because the account was frozen for binding. */
export type AttemptOutcome = 'bound' | 'conflict' | 'frozen'

/** What the attempter typed besides the number; a recovery that moves the identity binds these. */
export interface AttemptClaim {
  nameEnc: string
  surname: string
  householdRegion: string
  addressEnc: string
  /** Sealed nationality, sex and birth date, for the ID types that ask them; null otherwise. */
  particularsEnc: string | null
}

export interface IdentityAttempt {
  id: string
  accountId: string
  region: string
  idType: string
  idHash: string
  idEnc: string
  /** What the number's mask is drawn from (id-mask.ts): all an auditor is shown of it. */
  idEnds: string
  /** Only for a conflicting attempt, until its recovery is decided. */
  claim: AttemptClaim | null
  outcome: AttemptOutcome
  at: number
}

export interface IdentityAttemptStore {
  add(attempt: IdentityAttempt): Promise<void>
  find(id: string): Promise<IdentityAttempt | null>
  /** The account's attempts, oldest first. */
  forAccount(accountId: string): Promise<IdentityAttempt[]>
  /** Forgets the names and addresses typed with the account's attempts (its recovery was decided). */
  dropClaims(accountId: string): Promise<void>
}
