// HMAC_DRBG with SHA-256, NIST SP 800-90A Rev. 1 §10.1.2: the random generator of platforms that give no
// CSPRNG (Alipay without my.getRandomValues, WeChat plugins; src/services/random-fallback.ts). Only what it
// is seeded with makes it unpredictable: this file stretches entropy, it adds none.
//
// Why written here: @noble/hashes 1.x ships no DRBG, and @noble/curves' createHmacDrbg is the one-shot
// RFC 6979 nonce generator (it resets its state on every call and has no reseed with fresh entropy or
// additional input). So the update/instantiate/reseed/generate steps are written out below on
// @noble/hashes' HMAC-SHA-256, and proven against NIST CAVP's HMAC_DRBG vectors
// (test/conformance/nist-drbg/, test/unit/hmac-drbg-cavp.test.ts).
import { hmac } from '@noble/hashes/hmac'
import { sha256 } from '@noble/hashes/sha256'

const OUT_LEN = 32
/** 256-bit security strength: each entropy input must carry at least this many bytes (§10.1, table 2). */
export const MIN_ENTROPY_BYTES = 32
/** At most 2^19 bits per request (§10.1, table 2). */
export const MAX_REQUEST_BYTES = 1 << 16
/** Requests between reseeds (§10.1, table 2: at most 2^48). */
const RESEED_INTERVAL = 2 ** 48

const EMPTY = new Uint8Array(0)
const ZERO = Uint8Array.of(0x00)
const ONE = Uint8Array.of(0x01)

export class HmacDrbg {
  private k: Uint8Array = new Uint8Array(OUT_LEN)
  private v: Uint8Array = new Uint8Array(OUT_LEN)
  private reseedCounter: number

  /** Instantiate (§10.1.2.3): seed_material = entropy_input || nonce || personalization_string. */
  constructor(entropy: Uint8Array, nonce: Uint8Array, personalization: Uint8Array = EMPTY) {
    if (entropy.length < MIN_ENTROPY_BYTES) throw new Error('hmac-drbg: entropy input too short')
    this.v.fill(0x01)
    this.update(entropy, nonce, personalization)
    this.reseedCounter = 1
  }

  /** Reseed (§10.1.2.4): seed_material = entropy_input || additional_input. */
  reseed(entropy: Uint8Array, additional: Uint8Array = EMPTY): void {
    if (entropy.length < MIN_ENTROPY_BYTES) throw new Error('hmac-drbg: entropy input too short')
    this.update(entropy, additional)
    this.reseedCounter = 1
  }

  /** Generate (§10.1.2.5): `length` bytes, at most MAX_REQUEST_BYTES per call. */
  generate(length: number, additional: Uint8Array = EMPTY): Uint8Array {
    if (!Number.isInteger(length) || length < 0 || length > MAX_REQUEST_BYTES) throw new Error('hmac-drbg: bad request length')
    if (this.reseedCounter > RESEED_INTERVAL) throw new Error('hmac-drbg: reseed required')
    if (additional.length > 0) this.update(additional)
    const out = new Uint8Array(length)
    for (let at = 0; at < length; at += OUT_LEN) {
      this.v = this.mac(this.v)
      out.set(this.v.subarray(0, Math.min(OUT_LEN, length - at)), at)
    }
    this.update(additional)
    this.reseedCounter++
    return out
  }

  /** HMAC_DRBG_Update (§10.1.2.2), over the concatenation of `data` without building it. */
  private update(...data: Uint8Array[]): void {
    const provided = data.some(d => d.length > 0)
    this.rekey(ZERO, data)
    if (provided) this.rekey(ONE, data)
  }

  /** K = HMAC(K, V || tag || data); V = HMAC(K, V). The old key is wiped. */
  private rekey(tag: Uint8Array, data: Uint8Array[]): void {
    const h = hmac.create(sha256, this.k).update(this.v).update(tag)
    for (const d of data) h.update(d)
    const k = h.digest()
    this.k.fill(0)
    this.k = k
    this.v = this.mac(this.v)
  }

  private mac(data: Uint8Array): Uint8Array {
    return hmac(sha256, this.k, data)
  }
}
