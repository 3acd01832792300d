// AES-256-GCM for personal identifiers at rest and HMAC-SHA256 lookup hashes, with keys from the key ring.
// Both name their key: sealed values are "v1.<keyId>.<base64url(iv | ciphertext | tag)>", hashes are
// "<keyId>.<hex>". So during a key rotation old and new values can coexist, lookups try every key, and
// the rotation can tell which rows still need re-keying.
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto'
import type { LookupKind, PiiProtector } from '../../ports/pii-protector'

export interface DataKeys {
  active: string
  keys: Record<string, Buffer>
  lookupActive: string
  lookupKeys: Record<string, Buffer>
}

export class AesGcmProtector implements PiiProtector {
  constructor(private keys: DataKeys) {}

  /** Key rotation: a reloaded key ring takes effect for the next call. */
  replaceKeys(keys: DataKeys): void {
    this.keys = keys
  }

  get activeKeyIds(): { data: string; lookup: string } {
    return { data: this.keys.active, lookup: this.keys.lookupActive }
  }

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

  private hashWith(id: string, kind: LookupKind, value: string): string {
    return `${id}.` + createHmac('sha256', this.keys.lookupKeys[id]).update(`${kind}:${value}`).digest('hex')
  }

  lookupHash(kind: LookupKind, value: string): string {
    return this.hashWith(this.keys.lookupActive, kind, value)
  }

  lookupHashes(kind: LookupKind, value: string): string[] {
    return [this.keys.lookupActive, ...Object.keys(this.keys.lookupKeys).filter(id => id !== this.keys.lookupActive)].map(id => this.hashWith(id, kind, value))
  }
}
