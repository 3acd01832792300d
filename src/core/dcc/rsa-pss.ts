// RSASSA-PSS verification (RFC 8017 §8.1.2, EMSA-PSS-VERIFY §9.1.2) with SHA-256 and MGF1-SHA-256, as COSE PS256
// (RFC 8230) uses it. Mini-program engines have no WebCrypto RSA and no node:crypto, so this is BigInt modexp
// plus @noble/hashes. Verification only touches public values, so timing side channels do not matter here.
import { sha256 } from '@noble/hashes/sha256'

const ZERO = BigInt(0)
const ONE = BigInt(1)
const EIGHT = BigInt(8)

export interface RsaPublicKey {
  /** Modulus, big-endian unsigned. */
  n: Uint8Array
  /** Public exponent, big-endian unsigned. */
  e: Uint8Array
}

export function bytesToBigInt(b: Uint8Array): bigint {
  let v = ZERO
  for (let i = 0; i < b.length; i++) v = (v << EIGHT) | BigInt(b[i])
  return v
}

function bigIntToBytes(v: bigint, len: number): Uint8Array | null {
  const out = new Uint8Array(len)
  for (let i = len - 1; i >= 0; i--) { out[i] = Number(v & BigInt(0xff)); v >>= EIGHT }
  return v === ZERO ? out : null
}

function bitLength(v: bigint): number {
  return v === ZERO ? 0 : v.toString(2).length
}

export function modPow(base: bigint, exp: bigint, mod: bigint): bigint {
  let result = ONE
  base %= mod
  while (exp > ZERO) {
    if (exp & ONE) result = (result * base) % mod
    base = (base * base) % mod
    exp >>= ONE
  }
  return result
}

function mgf1(seed: Uint8Array, len: number): Uint8Array {
  const out = new Uint8Array(len)
  const block = new Uint8Array(seed.length + 4)
  block.set(seed)
  for (let counter = 0, at = 0; at < len; counter++, at += 32) {
    block[seed.length] = counter >>> 24
    block[seed.length + 1] = (counter >>> 16) & 0xff
    block[seed.length + 2] = (counter >>> 8) & 0xff
    block[seed.length + 3] = counter & 0xff
    const h = sha256(block)
    out.set(h.subarray(0, Math.min(32, len - at)), at)
  }
  return out
}

/**
 * Verifies an RSASSA-PSS-SHA256 signature over `message`. `saltLength` defaults to 32 (the hash length, as
 * RFC 8230 requires for PS256); 'auto' recovers it from the encoding as RFC 8017 permits. Never throws.
 */
export function rsaPssVerify(key: RsaPublicKey, message: Uint8Array, signature: Uint8Array, saltLength: number | 'auto' = 32): boolean {
  try {
    const n = bytesToBigInt(key.n)
    const e = bytesToBigInt(key.e)
    const modBits = bitLength(n)
    const k = Math.ceil(modBits / 8)
    if (modBits < 1024 || e < BigInt(3) || !(n & ONE)) return false
    if (signature.length !== k) return false // RFC 8017 §8.1.2 step 1
    const s = bytesToBigInt(signature)
    if (s >= n) return false
    const emBits = modBits - 1
    const emLen = Math.ceil(emBits / 8)
    const em = bigIntToBytes(modPow(s, e, n), emLen)
    if (!em) return false
    const hLen = 32
    const mHash = sha256(message)
    if (emLen < hLen + 2 || em[emLen - 1] !== 0xbc) return false
    const dbLen = emLen - hLen - 1
    const maskedDB = em.subarray(0, dbLen)
    const h = em.subarray(dbLen, dbLen + hLen)
    const topMask = 0xff >>> (8 * emLen - emBits)
    if (maskedDB[0] & ~topMask & 0xff) return false
    const db = mgf1(h, dbLen)
    for (let i = 0; i < dbLen; i++) db[i] ^= maskedDB[i]
    db[0] &= topMask
    let sep = 0
    while (sep < dbLen && db[sep] === 0) sep++
    if (sep >= dbLen || db[sep] !== 0x01) return false
    const salt = db.subarray(sep + 1)
    if (saltLength !== 'auto' && salt.length !== saltLength) return false
    const mPrime = new Uint8Array(8 + hLen + salt.length)
    mPrime.set(mHash, 8)
    mPrime.set(salt, 8 + hLen)
    const h2 = sha256(mPrime)
    let diff = 0
    for (let i = 0; i < hLen; i++) diff |= h[i] ^ h2[i]
    return diff === 0
  } catch {
    return false
  }
}
