// What the grant functions answer (server/usecases/grants). Kept here so the app never imports server code.
import type { HealthStatus, IssuedCode, StatusView } from '@/features/citizen/types'

/** 'view': see my status. 'hold': hold and show my code on the relative's phone (代领). */
export type GrantScope = 'view' | 'hold'
export type GrantState = 'active' | 'pending' | 'revoked' | 'expired'

export interface GrantView {
  id: string
  /** given: I granted it; held: someone granted it to me. */
  side: 'given' | 'held'
  scope: GrantScope
  purpose: string
  state: GrantState | string
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

export interface GrantCode extends IssuedCode {
  status: HealthStatus
  serverTime: number
  expiresGrantAt: number
}

export interface GrantInput {
  otherPhone: string
  scope: GrantScope
  purpose: string
  days: number
}
