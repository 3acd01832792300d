// A minimal strict DER reader: just enough ASN.1 for X.509 signer certificates. Every read is bounds-checked
// against its enclosing element, so a hostile certificate can only make it throw, never read past its input.

export interface Der {
  tag: number
  /** Content octets, a view into the input. */
  body: Uint8Array
  /** The whole element, header included. */
  raw: Uint8Array
}

export const TAG = {
  BOOLEAN: 0x01, INTEGER: 0x02, BIT_STRING: 0x03, OCTET_STRING: 0x04, NULL: 0x05, OID: 0x06,
  UTC_TIME: 0x17, GENERALIZED_TIME: 0x18, SEQUENCE: 0x30, SET: 0x31
} as const

/** Reads one element at `at`; returns it and the offset just past it. */
export function readDer(buf: Uint8Array, at: number): { el: Der; next: number } {
  if (at < 0 || at + 2 > buf.length) throw new Error('der: truncated header')
  const tag = buf[at]
  // High-tag-number form never occurs in certificates; refusing it keeps the parser small.
  if ((tag & 0x1f) === 0x1f) throw new Error('der: high tag number')
  let len = buf[at + 1]
  let p = at + 2
  if (len & 0x80) {
    const n = len & 0x7f
    // 0x80 is BER indefinite length, forbidden in DER; more than 4 length bytes is never legitimate here.
    if (n === 0 || n > 4) throw new Error('der: bad length')
    if (p + n > buf.length) throw new Error('der: truncated length')
    len = 0
    for (let i = 0; i < n; i++) len = len * 256 + buf[p + i]
    if (buf[p] === 0 || len < 0x80) throw new Error('der: non-minimal length')
    p += n
  }
  if (p + len > buf.length) throw new Error('der: truncated body')
  return { el: { tag, body: buf.subarray(p, p + len), raw: buf.subarray(at, p + len) }, next: p + len }
}

/** Parses a buffer that must hold exactly one element of the expected tag. */
export function derOne(buf: Uint8Array, tag: number): Der {
  const { el, next } = readDer(buf, 0)
  if (next !== buf.length) throw new Error('der: trailing bytes')
  if (el.tag !== tag) throw new Error('der: unexpected tag')
  return el
}

/** The children of a constructed element (SEQUENCE, SET, explicit context tag). */
export function derChildren(el: Der): Der[] {
  if (!(el.tag & 0x20)) throw new Error('der: not constructed')
  const out: Der[] = []
  for (let at = 0; at < el.body.length; ) {
    const r = readDer(el.body, at)
    out.push(r.el)
    at = r.next
  }
  return out
}

export function expectTag(el: Der | undefined, tag: number): Der {
  if (!el || el.tag !== tag) throw new Error('der: unexpected tag')
  return el
}

export function derOid(el: Der): string {
  expectTag(el, TAG.OID)
  const b = el.body
  if (b.length === 0 || b[b.length - 1] & 0x80) throw new Error('der: bad oid')
  const arcs: number[] = []
  let v = 0
  for (let i = 0; i < b.length; i++) {
    if (v === 0 && b[i] === 0x80) throw new Error('der: non-minimal oid arc')
    v = v * 128 + (b[i] & 0x7f)
    if (v > Number.MAX_SAFE_INTEGER / 128) throw new Error('der: oid arc too large')
    if (!(b[i] & 0x80)) { arcs.push(v); v = 0 }
  }
  const first = arcs[0] < 40 ? 0 : arcs[0] < 80 ? 1 : 2
  return [first, arcs[0] - first * 40, ...arcs.slice(1)].join('.')
}

/** A non-negative INTEGER as big-endian magnitude bytes (leading zero stripped). */
export function derUnsigned(el: Der): Uint8Array {
  expectTag(el, TAG.INTEGER)
  const b = el.body
  if (b.length === 0) throw new Error('der: empty integer')
  if (b[0] & 0x80) throw new Error('der: negative integer')
  if (b.length > 1 && b[0] === 0 && !(b[1] & 0x80)) throw new Error('der: non-minimal integer')
  return b[0] === 0 && b.length > 1 ? b.subarray(1) : b
}

/** BIT STRING content without the unused-bits octet; only whole-byte strings occur in keys. */
export function derBitString(el: Der): Uint8Array {
  expectTag(el, TAG.BIT_STRING)
  if (el.body.length < 1 || el.body[0] !== 0) throw new Error('der: bad bit string')
  return el.body.subarray(1)
}

/** UTCTime / GeneralizedTime in the only forms RFC 5280 allows (…Z, no fractions) → Unix seconds. */
export function derTime(el: Der): number {
  let s = ''
  for (let i = 0; i < el.body.length; i++) s += String.fromCharCode(el.body[i])
  let m: RegExpExecArray | null
  let year: number
  if (el.tag === TAG.UTC_TIME && (m = /^(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)Z$/.exec(s))) {
    year = +m[1] < 50 ? 2000 + +m[1] : 1900 + +m[1] // RFC 5280 §4.1.2.5.1
  } else if (el.tag === TAG.GENERALIZED_TIME && (m = /^(\d\d\d\d)(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)Z$/.exec(s))) {
    year = +m[1]
  } else throw new Error('der: bad time')
  const [mo, d, h, mi, se] = [+m[2], +m[3], +m[4], +m[5], +m[6]]
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || se > 59) throw new Error('der: bad time')
  const ms = Date.UTC(year, mo - 1, d, h, mi, se)
  if (new Date(ms).getUTCDate() !== d) throw new Error('der: bad time') // e.g. 31 February
  return ms / 1000
}
