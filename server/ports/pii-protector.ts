/** Encryption at rest (AES-256-GCM) and keyed lookup hashes (HMAC-SHA256) for personal identifiers. */
export type LookupKind = 'phone' | 'id' | 'openid' | 'alipay' | 'otp'

export interface PiiProtector {
  seal(plain: string): string
  open(sealed: string): string
  lookupHash(kind: LookupKind, value: string): string
}
