// When the phone should fetch a fresh credential from code-generate. Routine renewals revoke nothing
// on the server, so renewing early is cheap; showing a lapsed or wrong-colour code is not.
import type { HealthStatus } from '../credential/format'

/** health-info is polled this often while the code page is visible, so a changed colour reaches the phone. */
export const STATUS_POLL_MS = 3 * 60_000

/** Renew once less than this is left (credentials live 24 h by default). */
export const RENEW_BEFORE_S = 2 * 3600

export type RenewalReason = 'missing' | 'expiring' | 'status-changed'

export interface HeldCredential {
  expiresAt: number
  status: HealthStatus | null
}

/**
 * `serverStatus`: the colour the server last reported (health-info, a declaration), or undefined when
 * unknown (offline). null means the server has no status for this person: nothing to renew.
 */
export function renewalReason(held: HeldCredential | null, nowS: number, serverStatus?: HealthStatus | null): RenewalReason | null {
  if (serverStatus === null) return null
  if (!held) return serverStatus ? 'missing' : null
  if (serverStatus && held.status !== serverStatus) return 'status-changed'
  if (held.expiresAt - nowS < RENEW_BEFORE_S) return 'expiring'
  return null
}
