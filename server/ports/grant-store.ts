import type { GrantScope, GrantState } from '@core/api/contract/grants'

export interface Grant {
  id: string
  grantorId: string
  granteeId: string
  region: string
  scope: GrantScope
  purpose: string
  state: GrantState
  confirmedBy: string | null
  deviceHash: string | null
  createdAt: number
  expiresAt: number
  endedAt: number | null
}

/** Grants (代领): a citizen lets a relative view their status, or hold and show their code. */
export interface GrantStore {
  create(g: Grant): Promise<void>
  find(id: string): Promise<Grant | null>
  forGrantee(granteeId: string): Promise<Grant[]>
  forGrantor(grantorId: string): Promise<Grant[]>
  update(id: string, patch: Partial<Pick<Grant, 'state' | 'confirmedBy' | 'deviceHash' | 'endedAt'>>): Promise<void>
  expiredBefore(at: number): Promise<Grant[]>
  pendingIn(region: string): Promise<Grant[]>
}
