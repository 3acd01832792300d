// Records one revocation entry: every credential of the holder (or only those bound to one device)
// issued at or before now. The signed list verifiers sync is rebuilt from these entries on demand.
import { toBase64 } from '@core/encoding/bytes'
import type { Store } from '../../ports/store'
import { newId } from '../../kernel/ids'

export interface RevokeRequest {
  region: string
  accountId: string
  /** base64url device-key hash, or null for every device */
  device: string | null
  nowMs: number
  reason: string
}

/**
 * Returns the `before` time (Unix seconds) of the entry. Codes issued right after an earlier revocation
 * carry the next whole minute as their issue time, so the cut-off is never earlier than that minute:
 * otherwise a second change within the minute would miss them.
 */
export async function revokeHolder(tx: Pick<Store, 'statuses' | 'revocations'>, r: RevokeRequest, pseudonymOf: (accountId: string) => Uint8Array): Promise<number> {
  const earlier = (await tx.statuses.findMany([r.accountId])).get(r.accountId)?.revokedBefore ?? null
  const before = Math.max(Math.floor(r.nowMs / 1000), earlier === null ? 0 : Math.floor(earlier / 60) * 60 + 60)
  // Device-scoped entries count too: a phone re-bound within the same minute must get a code issued after it.
  await tx.statuses.raiseRevokedBefore(r.accountId, before)
  await tx.revocations.add({
    id: newId(), region: r.region, holder: toBase64(pseudonymOf(r.accountId), true),
    device: r.device, before, reason: r.reason, createdAt: r.nowMs
  })
  return before
}
