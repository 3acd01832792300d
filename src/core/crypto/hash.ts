import { sha256 as nobleSha256 } from '@noble/hashes/sha256'
import { hmac } from '@noble/hashes/hmac'

export function sha256(data: Uint8Array): Uint8Array {
  return nobleSha256(data)
}

export function hmacSha256(key: Uint8Array, data: Uint8Array): Uint8Array {
  return hmac(nobleSha256, key, data)
}
