import type { GrantScope, GrantState } from '@core/api/contract/grants'

/**
 * A grant (代领): the grantor (holder) lets the grantee (relative) view their status or hold their code.
 * One side opens it, naming the other by phone number; until the other side answers, that side's account
 * is null and the grant is kept against the number's keyed hash (and the number sealed, so the opener can
 * see what they typed). Nothing is looked up to make it: an offer to a number with no account looks the
 * same as any other.
 */
export interface Grant {
  id: string
  /** Null while a request waits for a holder named by phone. */
  grantorId: string | null
  /** Null while an offer waits for a relative named by phone. */
  granteeId: string | null
  /** Which side opened it (grant-create: the grantor; grant-request: the grantee); the other side answers. */
  openedBy: 'grantor' | 'grantee'
  /** Keyed hash of the phone number the opener typed (null on grants made before two-sided consent). */
  phoneHash: string | null
  /** That number, sealed. */
  phoneEnc: string | null
  region: string
  scope: GrantScope
  purpose: string
  state: GrantState
  /** Who made it active: the person who accepted, an auditor who confirmed in person, or 'self' (before two-sided consent). */
  confirmedBy: string | null
  deviceHash: string | null
  createdAt: number
  expiresAt: number
  endedAt: number | null
}

/** Audit-log actions of answers to a grant, logged once for each of the two people (their access histories show them). */
export const GRANT_ANSWER_ACTIONS = ['grant.accept', 'grant.decline', 'grant.confirm'] as const

export type GrantPatch = Partial<Pick<Grant, 'state' | 'confirmedBy' | 'deviceHash' | 'endedAt' | 'grantorId' | 'granteeId' | 'region'>>

/** Grants (代领): a citizen lets a relative view their status, or hold and show their code. */
export interface GrantStore {
  create(g: Grant): Promise<void>
  find(id: string): Promise<Grant | null>
  forGrantee(granteeId: string): Promise<Grant[]>
  forGrantor(grantorId: string): Promise<Grant[]>
  /** Grants opened towards this phone number (any of its keyed hashes) whose other side has not answered yet. */
  awaitingPhone(phoneHashes: string[]): Promise<Grant[]>
  /** How many grants this account opened (offered or requested) since then: the daily limit. */
  openedSince(accountId: string, since: number): Promise<number>
  update(id: string, patch: GrantPatch): Promise<void>
  expiredBefore(at: number): Promise<Grant[]>
  pendingIn(region: string): Promise<Grant[]>
}
