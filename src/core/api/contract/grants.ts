// The grants functions' wire contracts (亲友代领): a citizen offers a relative (named by phone) to view their
// status or hold and show their code, or a relative asks the holder (named by phone) for it. Either way the
// grant is pending until the other person accepts it in their own app, or an auditor confirms it in
// person. No answer names either person's account; until acceptance neither side sees the other's name,
// and the answers are the same whether the phone number has an account, has declared, or neither.
import { z } from 'zod'
import type { HealthStatus } from '../../credential/format'
import { idSchema, phoneSchema } from '../../validation/common'
import type { IssuedCode, StatusView } from './citizen'
import { defineContract } from './define'

/** 'view': see my status. 'hold': hold and show my code on the relative's phone (代领). */
export type GrantScope = 'view' | 'hold'
/** 'declined': the person it waited for said no (both sides see it; see docs/data-protection.md). */
export type GrantState = 'active' | 'pending' | 'revoked' | 'expired' | 'declined'


/** A grant as created, confirmed or ended: no account id of either person, no phone binding. */
export interface GrantSummary {
  id: string
  scope: GrantScope
  purpose: string
  state: GrantState
  createdAt: number
  expiresAt: number
  endedAt: number | null
}

/** A grant in the caller's list; an active or pending one past its expiry shows as expired. */
export interface GrantView {
  id: string
  /** given: my code or status (I am, or would be, the holder); held: someone else's (I am, or would be, the relative). */
  side: 'given' | 'held'
  scope: GrantScope
  purpose: string
  state: GrantState
  createdAt: number
  expiresAt: number
  /** Pending grants: whose answer it waits for, the caller's ('me': accept or decline it) or the other person's. */
  waitingFor: 'me' | 'other' | null
  /**
   * The other party, masked. Once the grant was accepted: surname + * and their phone masked. Before, to
   * the person who opened it: only the number they typed, masked (name null); to the person it waits
   * for: the opener's phone masked (the opener chose to contact them), name null.
   */
  other: { name: string | null; phone: string | null }
}

export interface GrantList {
  /** My grants as holder, and my offers and requests waiting for the other person. */
  given: GrantView[]
  held: GrantView[]
  /** Offers and requests waiting for my answer (grant-accept / grant-decline). */
  incoming: GrantView[]
}

export interface GrantStatus {
  holder: { name: string; id: string }
  status: StatusView | null
}

/** A code for the holder, bound to the relative's phone. */
export interface GrantCode extends IssuedCode {
  status: HealthStatus
  serverTime: number
  expiresGrantAt: number
}

/** A person of a pending grant as the auditor sees them: masked name, ID and phone. */
export interface GrantParty {
  name: string | null
  id: string | null
  phone: string | null
}

export interface PendingGrant {
  id: string
  /** Who opened it: the holder offered ('holder', grant-create) or the relative asked ('relative', grant-request). */
  openedBy: 'holder' | 'relative'
  scope: GrantScope
  purpose: string
  createdAt: number
  expiresAt: number
  holder: GrantParty
  relative: GrantParty
}

export interface PendingGrants {
  grants: PendingGrant[]
}

const grantInput = z.object({
  otherPhone: phoneSchema,
  scope: z.enum(['view', 'hold']),
  purpose: z.string().trim().min(2, 'too_short').max(100),
  days: z.number().int().min(1).max(365)
}).strict()

export const grantCreate = defineContract<GrantSummary>()('grant-create', grantInput)
export const grantRequest = defineContract<GrantSummary>()('grant-request', grantInput)
export const grantList = defineContract<GrantList>()('grant-list', z.object({}).strict())
export const grantRevoke = defineContract<GrantSummary>()('grant-revoke', z.object({ grantId: idSchema }).strict())
export const grantStatus = defineContract<GrantStatus>()('grant-status', z.object({ grantId: idSchema }).strict())
export const grantCode = defineContract<GrantCode>()('grant-code', z.object({ grantId: idSchema, devicePublicKey: z.string().min(40).max(100) }).strict())
export const grantAccept = defineContract<GrantSummary>()('grant-accept', z.object({ grantId: idSchema }).strict())
export const grantDecline = defineContract<GrantSummary>()('grant-decline', z.object({ grantId: idSchema }).strict())
export const grantPending = defineContract<PendingGrants>()('grant-pending', z.object({}).strict())
export const grantConfirm = defineContract<GrantSummary>()('grant-confirm', z.object({ grantId: idSchema, note: z.string().trim().min(2, 'too_short').max(200) }).strict())

export const GRANTS_CONTRACTS = [grantCreate, grantRequest, grantAccept, grantDecline, grantList, grantRevoke, grantStatus, grantCode, grantPending, grantConfirm] as const
