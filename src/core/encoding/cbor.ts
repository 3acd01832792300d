// A small strict CBOR codec (RFC 8949) for COSE and CWT. Written here rather than taken from npm because the
// verifier runs in mini-program engines (no TextDecoder, no eval) and must refuse ambiguous input: duplicate
// map keys, trailing bytes, non-int/text map keys, reserved encodings. Encoding is deterministic (§4.2.1).
import { utf8Decode, utf8Encode } from './bytes'

export class Tagged {
  constructor(readonly tag: number, readonly value: CborValue) {}
}
export type CborKey = number | string
export type CborValue =
  | number | bigint | string | Uint8Array | boolean | null | undefined
  | CborValue[] | Map<CborKey, CborValue> | Tagged | { [k: string]: CborValue }

function head(major: number, n: number | bigint, out: number[]): void {
  const m = major << 5
  if (typeof n === 'bigint' || n > 0xffffffff) {
    let big = BigInt(n)
    out.push(m | 27)
    const bytes: number[] = []
    for (let i = 0; i < 8; i++) { bytes.unshift(Number(big & BigInt(0xff))); big >>= BigInt(8) }
    out.push(...bytes)
  } else if (n < 24) out.push(m | n)
  else if (n < 0x100) out.push(m | 24, n)
  else if (n < 0x10000) out.push(m | 25, n >> 8, n & 0xff)
  else out.push(m | 26, (n >>> 24) & 0xff, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff)
}

function compareBytes(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i]
  return a.length - b.length
}

function enc(v: CborValue, out: number[]): void {
  if (typeof v === 'number') {
    if (!Number.isInteger(v)) throw new Error('cbor: only integers are encoded')
    if (v >= 0) head(0, v, out); else head(1, -1 - v, out)
  } else if (typeof v === 'bigint') {
    if (v >= BigInt(0)) head(0, v, out); else head(1, -BigInt(1) - v, out)
  } else if (typeof v === 'string') {
    const b = utf8Encode(v); head(3, b.length, out); for (const x of b) out.push(x)
  } else if (v instanceof Uint8Array) {
    head(2, v.length, out); for (let i = 0; i < v.length; i++) out.push(v[i])
  } else if (v === false) out.push(0xf4)
  else if (v === true) out.push(0xf5)
  else if (v === null) out.push(0xf6)
  else if (v === undefined) out.push(0xf7)
  else if (Array.isArray(v)) { head(4, v.length, out); for (const x of v) enc(x, out) }
  else if (v instanceof Tagged) { head(6, v.tag, out); enc(v.value, out) }
  else {
    const entries: [CborKey, CborValue][] = v instanceof Map ? [...v.entries()] : Object.entries(v)
    const encoded = entries.map(([k, val]) => {
      const kb: number[] = []; enc(k, kb)
      const vb: number[] = []; enc(val, vb)
      return { kb, vb }
    }).sort((a, b) => compareBytes(a.kb, b.kb))
    head(5, encoded.length, out)
    for (const e of encoded) out.push(...e.kb, ...e.vb)
  }
}

export function cborEncode(value: CborValue): Uint8Array {
  const out: number[] = []
  enc(value, out)
  return Uint8Array.from(out)
}

const BREAK = Symbol('break')

function halfToFloat(h: number): number {
  const exp = (h >> 10) & 0x1f
  const mant = h & 0x3ff
  const sign = h & 0x8000 ? -1 : 1
  if (exp === 0) return sign * mant * 2 ** -24
  if (exp === 31) return mant ? NaN : sign * Infinity
  return sign * (1 + mant / 1024) * 2 ** (exp - 15)
}

class Reader {
  pos = 0
  constructor(readonly b: Uint8Array, readonly maxDepth: number) {}
  need(n: number): void { if (this.pos + n > this.b.length) throw new Error('cbor: truncated') }
  byte(): number { this.need(1); return this.b[this.pos++] }
  uint(info: number): number | bigint {
    if (info < 24) return info
    if (info === 24) return this.byte()
    if (info === 25) { this.need(2); const v = (this.b[this.pos] << 8) | this.b[this.pos + 1]; this.pos += 2; return v }
    if (info === 26) { this.need(4); const v = this.b[this.pos] * 0x1000000 + ((this.b[this.pos + 1] << 16) | (this.b[this.pos + 2] << 8) | this.b[this.pos + 3]); this.pos += 4; return v }
    if (info === 27) {
      this.need(8)
      let v = BigInt(0)
      for (let i = 0; i < 8; i++) v = (v << BigInt(8)) | BigInt(this.b[this.pos + i])
      this.pos += 8
      return v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v
    }
    throw new Error('cbor: reserved additional information')
  }
  length(info: number): number {
    const n = this.uint(info)
    if (typeof n === 'bigint' || n > this.b.length) throw new Error('cbor: length too large')
    return n
  }
  chunks(major: number): Uint8Array {
    const parts: Uint8Array[] = []
    for (;;) {
      const ib = this.byte()
      if (ib === 0xff) break
      if (ib >> 5 !== major || (ib & 31) === 31) throw new Error('cbor: bad indefinite chunk')
      const n = this.length(ib & 31); this.need(n)
      parts.push(this.b.subarray(this.pos, this.pos + n)); this.pos += n
    }
    const total = parts.reduce((s, p) => s + p.length, 0)
    const out = new Uint8Array(total); let at = 0
    for (const p of parts) { out.set(p, at); at += p.length }
    return out
  }
  item(depth: number): CborValue | typeof BREAK {
    if (depth > this.maxDepth) throw new Error('cbor: nested too deep')
    const ib = this.byte()
    const major = ib >> 5
    const info = ib & 31
    switch (major) {
      case 0: return this.uint(info)
      case 1: { const n = this.uint(info); return typeof n === 'bigint' ? -BigInt(1) - n : -1 - n }
      case 2: case 3: {
        let bytes: Uint8Array
        if (info === 31) bytes = this.chunks(major)
        else { const n = this.length(info); this.need(n); bytes = this.b.slice(this.pos, this.pos + n); this.pos += n }
        return major === 2 ? bytes : utf8Decode(bytes)
      }
      case 4: {
        const arr: CborValue[] = []
        if (info === 31) { for (;;) { const x = this.item(depth + 1); if (x === BREAK) break; arr.push(x) } }
        else { const n = this.length(info); for (let i = 0; i < n; i++) arr.push(this.value(depth + 1)) }
        return arr
      }
      case 5: {
        const map = new Map<CborKey, CborValue>()
        const n = info === 31 ? Infinity : this.length(info)
        for (let i = 0; i < n; i++) {
          const k = this.item(depth + 1)
          if (k === BREAK) { if (n === Infinity) break; throw new Error('cbor: unexpected break') }
          if (typeof k !== 'number' && typeof k !== 'string') throw new Error('cbor: unsupported map key')
          if (map.has(k)) throw new Error('cbor: duplicate map key')
          map.set(k, this.value(depth + 1))
        }
        return map
      }
      case 6: {
        const tag = this.uint(info)
        if (typeof tag === 'bigint') throw new Error('cbor: tag too large')
        return new Tagged(tag, this.value(depth + 1))
      }
      default: {
        if (info === 20) return false
        if (info === 21) return true
        if (info === 22) return null
        if (info === 23) return undefined
        if (info === 25) { this.need(2); const h = (this.b[this.pos] << 8) | this.b[this.pos + 1]; this.pos += 2; return halfToFloat(h) }
        if (info === 26 || info === 27) {
          const n = info === 26 ? 4 : 8; this.need(n)
          const dv = new DataView(this.b.buffer, this.b.byteOffset + this.pos, n); this.pos += n
          return n === 4 ? dv.getFloat32(0) : dv.getFloat64(0)
        }
        if (info === 31) return BREAK
        throw new Error('cbor: unsupported simple value')
      }
    }
  }
  value(depth: number): CborValue {
    const v = this.item(depth)
    if (v === BREAK) throw new Error('cbor: unexpected break')
    return v
  }
}

/** Decodes exactly one item; throws on trailing bytes or any malformation. */
export function cborDecode(bytes: Uint8Array, maxDepth = 32): CborValue {
  const r = new Reader(bytes, maxDepth)
  const v = r.value(0)
  if (r.pos !== bytes.length) throw new Error('cbor: trailing bytes')
  return v
}

/** Converts decoded maps with text keys into plain objects (for JSON schema checks). */
export function cborToJson(v: CborValue): unknown {
  if (v instanceof Map) {
    const o: Record<string, unknown> = {}
    for (const [k, val] of v) o[String(k)] = cborToJson(val)
    return o
  }
  if (Array.isArray(v)) return v.map(cborToJson)
  if (v instanceof Tagged) return cborToJson(v.value)
  if (typeof v === 'bigint') return Number(v)
  return v
}
