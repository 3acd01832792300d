// The signed revocation list of a region, rebuilt from the stored entries when they change and cached
// per process. Its sequence number is the newest entry's time (ms), so it only ever grows, and two
// workers building it at once produce the same list. Entries older than the longest credential lifetime
// are left out: what they revoked has expired anyway.
import { fromBase64, toBase64 } from '@core/encoding/bytes'
import { PAPER_MAX_LIFETIME_S } from '@core/credential/format'
import { RevocationListFile, signRevocationList } from '@core/credential/revocation'
import type { IssuerSigner } from '@core/crypto/issuer-signature'
import type { RevocationStore } from '../../ports/revocation-store'

const cache = new Map<string, { key: string; file: RevocationListFile }>()

export async function currentRevocationList(revocations: Pick<RevocationStore, 'since'>, signer: IssuerSigner, nowMs: number): Promise<RevocationListFile> {
  const region = signer.region
  const entries = await revocations.since(region, nowMs - PAPER_MAX_LIFETIME_S * 1000)
  const seq = entries.length ? entries[entries.length - 1].createdAt : 0
  // The signing key is part of the key: after a key reload the list is signed again by the new one.
  const key = `${toBase64(signer.kid)}/${seq}/${entries.length}`
  const hit = cache.get(region)
  if (hit && hit.key === key) return hit.file
  const file = signRevocationList({
    region, seq, issuedAt: Math.floor(nowMs / 1000),
    entries: entries.map(e => ({ holder: fromBase64(e.holder), device: e.device ? fromBase64(e.device) : null, before: e.before }))
  }, signer)
  cache.set(region, { key, file })
  return file
}
