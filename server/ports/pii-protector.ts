/** Encryption at rest (AES-256-GCM) and keyed lookup hashes (HMAC-SHA256) for personal identifiers. */
export type LookupKind = 'phone' | 'id' | 'openid' | 'alipay' | 'otp'

export interface PiiProtector {
  seal(plain: string): string
  open(sealed: string): string
  /** The hash to store, under the active key. */
  lookupHash(kind: LookupKind, value: string): string
  /** Every hash the value may be stored under while a key rotation is in progress (active first). */
  lookupHashes(kind: LookupKind, value: string): string[]
}
