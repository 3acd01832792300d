// What the region's checkpoint key signs: the chain head at a checkpoint, and a purge marker. The key is
// not the issuing key and, in production, lives outside the database host, so someone who can write to
// the database cannot recompute the chain and re-sign it.
import { fromBase64, toBase64, utf8Encode } from '@core/encoding/bytes'
import { issuerSign, issuerVerify } from '@core/crypto/issuer-signature'
import type { IssuerKeyFile } from '@core/credential/issuer-key'
import type { TrustListIssuer } from '@core/credential/trust-list'

export const checkpointMessage = (seq: number, hash: string, at: number) => utf8Encode(`hc-audit-checkpoint\n${seq}\n${hash}\n${at}`)
export const purgeMessage = (throughSeq: number, hash: string, count: number, at: number) => utf8Encode(`hc-audit-purge\n${throughSeq}\n${hash}\n${count}\n${at}`)

export function signWith(key: IssuerKeyFile, message: Uint8Array): { kid: string; signature: string } {
  return { kid: key.kid, signature: toBase64(issuerSign(key.alg, message, fromBase64(key.privateKey), fromBase64(key.publicKey))) }
}

export function verifyWith(keys: TrustListIssuer[], kid: string, message: Uint8Array, signature: string): boolean {
  try {
    return keys.some(k => k.kid === kid && (k.use ?? 'issue') === 'checkpoint' && issuerVerify(k.alg, message, fromBase64(signature), fromBase64(k.publicKey)))
  } catch {
    return false
  }
}
