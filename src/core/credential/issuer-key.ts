// Issuer key material as files and trust-list entries. The private key file is the region's secret:
// in production it lives in a KMS/HSM outside the database host (docs/keys.md), never beside the data.
import { fromBase64, toBase64 } from '../encoding/bytes'
import { generateIssuerKey, IssuerAlg, issuerSign, IssuerSigner, keyIdFor } from '../crypto/issuer-signature'
import type { RandomBytes } from '../crypto/random'
import type { KeyUse, TrustListIssuer } from './trust-list'

export interface IssuerKeyFile extends TrustListIssuer {
  type: 'issuer-key'
  privateKey: string
  /** Region secret for holder pseudonyms; carried over when the signing key rotates. */
  pseudonymKey: string
}

export const DEFAULT_KEY_VALIDITY_DAYS = 365

export function createIssuerKey(
  alg: IssuerAlg, region: string, random: RandomBytes, nowMs: number,
  options: { validityDays?: number; use?: KeyUse; pseudonymKey?: string; notBeforeMs?: number } = {}
): IssuerKeyFile {
  if (!/^\d{6}$/.test(region)) throw new Error('region must be a six-digit GB/T 2260 code')
  const { privateKey, publicKey } = generateIssuerKey(alg, random)
  const days = options.validityDays ?? DEFAULT_KEY_VALIDITY_DAYS
  const start = Math.floor((options.notBeforeMs ?? nowMs) / 60_000) * 60_000
  return {
    type: 'issuer-key',
    region,
    kid: toBase64(keyIdFor(publicKey)),
    alg,
    publicKey: toBase64(publicKey),
    // Whole minutes, like credential issue times, so a code issued in the key's first minute is inside its validity.
    notBefore: new Date(start).toISOString(),
    notAfter: new Date(start + days * 86400_000).toISOString(),
    ...(options.use && options.use !== 'issue' ? { use: options.use } : {}),
    privateKey: toBase64(privateKey),
    pseudonymKey: options.pseudonymKey ?? toBase64(random(32))
  }
}

/** The public trust-list entry of a key file: exactly the fields keygen prints. */
export function trustEntryOf(key: IssuerKeyFile): TrustListIssuer {
  const entry: TrustListIssuer = {
    region: key.region, kid: key.kid, alg: key.alg, publicKey: key.publicKey, notBefore: key.notBefore, notAfter: key.notAfter
  }
  if (key.use && key.use !== 'issue') entry.use = key.use
  return entry
}

/** A pure-JS signer over a key file (the server may substitute a native or HSM-backed one). */
export function signerOf(key: IssuerKeyFile): IssuerSigner {
  const privateKey = fromBase64(key.privateKey)
  const publicKey = fromBase64(key.publicKey)
  return {
    alg: key.alg,
    kid: fromBase64(key.kid),
    region: key.region,
    sign: (message: Uint8Array) => issuerSign(key.alg, message, privateKey, publicKey)
  }
}
