// Typed wrappers over the grant functions. Nothing names an account: the host knows the caller, and the
// other person is named only by the phone number the holder typed.
import { callFunction } from '@/services/cloud'
import type { GrantCode, GrantInput, GrantList, GrantStatus } from './types'

/** The grant as created or ended; the page reloads the masked list (grant-list) for anything else. */
type GrantRef = { id: string; state: string }

export const createGrant = (input: GrantInput) => callFunction<GrantRef>('grant-create', { ...input })
export const requestGrant = (input: GrantInput) => callFunction<GrantRef>('grant-request', { ...input })
export const revokeGrant = (grantId: string) => callFunction<GrantRef>('grant-revoke', { grantId })
export const listGrants = () => callFunction<GrantList>('grant-list', {})
export const fetchGrantStatus = (grantId: string) => callFunction<GrantStatus>('grant-status', { grantId })

/** Timed, like code-generate: the answer carries the server's time, which teaches the clock offset. */
export async function fetchGrantCode(grantId: string, devicePublicKey: string) {
  const sent = Date.now()
  const result = await callFunction<GrantCode>('grant-code', { grantId, devicePublicKey })
  return { result, sent, received: Date.now() }
}
