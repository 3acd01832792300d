// The grants functions' wire contracts (亲友代领): a citizen lets a relative view their status or hold and
// show their code; a relative asks for it for someone who cannot confirm, and an auditor confirms in
// person. No answer names either person's account; the other party is masked.
import { z } from 'zod'
import type { HealthStatus } from '../../credential/format'
import { idSchema, phoneSchema } from '../../validation/common'
import type { IssuedCode, StatusView } from './citizen'
import { defineContract } from './define'

/** 'view': see my status. 'hold': hold and show my code on the relative's phone (代领). */
export type GrantScope = 'view' | 'hold'
export type GrantState = 'active' | 'pending' | 'revoked' | 'expired'


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

/** A grant in the caller's list; an active one past its expiry shows as expired. */
export interface GrantView {
  id: string
  /** given: I granted it; held: someone granted it to me. */
  side: 'given' | 'held'
  scope: GrantScope
  purpose: string
  state: GrantState
  createdAt: number
  expiresAt: number
  /** The other party, masked: surname + *, and the phone number masked. */
  other: { name: string | null; phone: string | null }
}

export interface GrantList {
  given: GrantView[]
  held: GrantView[]
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
export const grantPending = defineContract<PendingGrants>()('grant-pending', z.object({}).strict())
export const grantConfirm = defineContract<GrantSummary>()('grant-confirm', z.object({ grantId: idSchema, note: z.string().trim().min(2, 'too_short').max(200) }).strict())

export const GRANTS_CONTRACTS = [grantCreate, grantRequest, grantList, grantRevoke, grantStatus, grantCode, grantPending, grantConfirm] as const
