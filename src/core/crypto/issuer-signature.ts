// Issuer signature algorithms, chosen per key. COSE has no registered SM2 identifier, so SM2 uses
// a private-use algorithm id (RFC 9053 §16.4: values below -65536); docs/code-format.md records it.
import { es256GenerateKey, es256PublicKey, es256Sign, es256Verify } from './es256'
import { sm2GenerateKey, sm2PublicKey, sm2Sign, sm2Verify } from './sm2'
import { sha256 } from './hash'
import type { RandomBytes } from './random'

export type IssuerAlg = 'ES256' | 'SM2'
export const ISSUER_ALGS: IssuerAlg[] = ['ES256', 'SM2']
export const COSE_ALG_ES256 = -7
export const COSE_ALG_SM2 = -65537
export const KID_BYTES = 4

export function coseAlgId(alg: IssuerAlg): number {
  return alg === 'ES256' ? COSE_ALG_ES256 : COSE_ALG_SM2
}

export function algFromCoseId(id: unknown): IssuerAlg | null {
  if (id === COSE_ALG_ES256) return 'ES256'
  if (id === COSE_ALG_SM2) return 'SM2'
  return null
}

/** Key id: the first 4 bytes of SHA-256 over the uncompressed public key. Collisions are resolved by trying each candidate. */
export function keyIdFor(publicKey: Uint8Array): Uint8Array {
  return sha256(publicKey).slice(0, KID_BYTES)
}

export function generateIssuerKey(alg: IssuerAlg, random: RandomBytes): { privateKey: Uint8Array; publicKey: Uint8Array } {
  return alg === 'ES256' ? es256GenerateKey(random) : sm2GenerateKey(random)
}

export function issuerPublicKey(alg: IssuerAlg, privateKey: Uint8Array): Uint8Array {
  return alg === 'ES256' ? es256PublicKey(privateKey) : sm2PublicKey(privateKey)
}

/** Pure-JS signing (CLI and mini-program tooling); the server may sign natively behind the same contract. */
export function issuerSign(alg: IssuerAlg, message: Uint8Array, privateKey: Uint8Array, publicKey?: Uint8Array): Uint8Array {
  return alg === 'ES256' ? es256Sign(message, privateKey) : sm2Sign(message, privateKey, publicKey)
}

export function issuerVerify(alg: IssuerAlg, message: Uint8Array, signature: Uint8Array, publicKey: Uint8Array): boolean {
  return alg === 'ES256' ? es256Verify(message, signature, publicKey) : sm2Verify(message, signature, publicKey)
}

/** The signing side of an issuer key, as a port: the server's adapter may use node:crypto or an HSM. */
export interface IssuerSigner {
  readonly alg: IssuerAlg
  readonly kid: Uint8Array
  readonly region: string
  sign(message: Uint8Array): Uint8Array
}
