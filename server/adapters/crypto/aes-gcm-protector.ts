// AES-256-GCM for personal identifiers at rest and HMAC-SHA256 lookup hashes, with keys from the key ring.
// Sealed form: "v1.<keyId>.<base64url(iv | ciphertext | tag)>", so a key rotation can tell old from new.
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto'
import type { LookupKind, PiiProtector } from '../../ports/pii-protector'

export interface DataKeys {
  active: string
  keys: Record<string, Buffer>
  lookupKey: Buffer
}

export class AesGcmProtector implements PiiProtector {
  constructor(private readonly keys: DataKeys) {}

  seal(plain: string): string {
    const iv = randomBytes(12)
    const cipher = createCipheriv('aes-256-gcm', this.keys.keys[this.keys.active], iv)
    const body = Buffer.concat([iv, cipher.update(plain, 'utf8'), cipher.final(), cipher.getAuthTag()])
    return `v1.${this.keys.active}.${body.toString('base64url')}`
  }

  open(sealed: string): string {
    const [version, keyId, b64] = sealed.split('.')
    const key = this.keys.keys[keyId]
    if (version !== 'v1' || !key || !b64) throw new Error('sealed value under an unknown key')
    const body = Buffer.from(b64, 'base64url')
    const decipher = createDecipheriv('aes-256-gcm', key, body.subarray(0, 12))
    decipher.setAuthTag(body.subarray(body.length - 16))
    return Buffer.concat([decipher.update(body.subarray(12, body.length - 16)), decipher.final()]).toString('utf8')
  }

  lookupHash(kind: LookupKind, value: string): string {
    return createHmac('sha256', this.keys.lookupKey).update(`${kind}:${value}`).digest('hex')
  }
}
