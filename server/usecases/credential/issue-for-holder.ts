// Signs a fresh credential for a bound holder. Its issue time is never at or before the holder's last
// revocation, so a code issued right after a status change is not caught by the entry that revoked the
// old ones (issue times are whole minutes; the next minute is within the verifiers' 5-minute skew).
import { issueCredential } from '@core/credential/issue'
import { maskFromStored } from '@core/identity/id-mask'
import { fromBase64 } from '@core/encoding/bytes'
import type { IssuerSigner } from '@core/crypto/issuer-signature'
import type { IssuedCode } from '@core/api/contract/citizen'
import type { HolderSnapshot } from '../../ports/holder-snapshot'

export function issuedAtFor(nowMs: number, revokedBefore: number | null): number {
  const minute = Math.floor(nowMs / 60_000) * 60
  if (revokedBefore === null || minute > revokedBefore) return minute
  return Math.floor(revokedBefore / 60) * 60 + 60
}

/** `pseudonymOf` is the region's keyed hash of an account (core holderPseudonym, or a native equivalent). */
export function issueForHolder(h: HolderSnapshot, signer: IssuerSigner, pseudonymOf: (accountId: string) => Uint8Array, nowMs: number): IssuedCode {
  if (!h.status || !h.deviceHash) throw new Error('holder has no status or no bound device')
  const id = maskFromStored(h.idType, h.idEnds)
  const issued = issueCredential({
    holder: pseudonymOf(h.accountId),
    surname: h.surname,
    idEnds: id.shown,
    idType: id.idType,
    idLength: id.length,
    status: h.status,
    deviceKeyHash: fromBase64(h.deviceHash),
    issuedAt: issuedAtFor(nowMs, h.revokedBefore),
    // Checkpoint facts only when they hold now: a lapsed test is simply not carried.
    ...(h.testValidUntil !== null && h.testValidUntil > nowMs ? { testValidUntil: Math.floor(h.testValidUntil / 1000) } : {}),
    ...(h.vaccinated ? { vaccinated: true } : {})
  }, signer)
  return { credential: issued.text, issuedAt: issued.content.issuedAt, expiresAt: issued.content.expiresAt }
}
