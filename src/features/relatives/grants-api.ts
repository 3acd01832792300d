// Typed wrappers over the grant functions; inputs and answers are the grants contract's. Nothing names an
// account: the host knows the caller, and the other person is named only by the phone number the holder typed.
import { callFunction } from '@/services/cloud'
import type { InputOf } from '@core/api/contract/define'
import type { grantCreate } from '@core/api/contract/grants'

/** What grant-create and grant-request take (the same fields). */
export type GrantInput = InputOf<typeof grantCreate>

// A created, answered or ended grant comes back as its summary; the page reloads the masked list (grant-list) for anything else.
export const createGrant = (input: GrantInput) => callFunction('grant-create', input)
export const requestGrant = (input: GrantInput) => callFunction('grant-request', input)
export const revokeGrant = (grantId: string) => callFunction('grant-revoke', { grantId })
// An offer or request waiting for my answer: only I (the person it names by phone) may answer it.
export const acceptGrant = (grantId: string) => callFunction('grant-accept', { grantId })
export const declineGrant = (grantId: string) => callFunction('grant-decline', { grantId })
export const listGrants = () => callFunction('grant-list', {})
export const fetchGrantStatus = (grantId: string) => callFunction('grant-status', { grantId })

/** Timed, like code-generate: the answer carries the server's time, which teaches the clock offset. */
export async function fetchGrantCode(grantId: string, devicePublicKey: string) {
  const sent = Date.now()
  const result = await callFunction('grant-code', { grantId, devicePublicKey })
  return { result, sent, received: Date.now() }
}
