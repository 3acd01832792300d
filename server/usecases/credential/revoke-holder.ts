// Records one revocation entry: every credential of the holder (or only those bound to one device)
// issued at or before now. The signed list verifiers sync is rebuilt from these entries on demand.
import { toBase64 } from '@core/encoding/bytes'
import type { Store } from '../../ports/store'
import { newId } from '../../runtime/ids'

export interface RevokeRequest {
  region: string
  accountId: string
  /** base64url device-key hash, or null for every device */
  device: string | null
  nowMs: number
  reason: string
}

/** Returns the `before` time (Unix seconds) of the entry. */
export async function revokeHolder(tx: Store, r: RevokeRequest, pseudonymOf: (accountId: string) => Uint8Array): Promise<number> {
  const before = Math.floor(r.nowMs / 1000)
  await tx.revocations.add({
    id: newId(), region: r.region, holder: toBase64(pseudonymOf(r.accountId), true),
    device: r.device, before, reason: r.reason, createdAt: r.nowMs
  })
  return before
}
