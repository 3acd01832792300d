// Base45 (RFC 9285): the QR alphanumeric alphabet, so a QR code can use its dense alphanumeric mode.
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:'
const INDEX: Record<string, number> = {}
for (let i = 0; i < ALPHABET.length; i++) INDEX[ALPHABET[i]] = i

export function base45Encode(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    let n = bytes[i] * 256 + bytes[i + 1]
    const c = n % 45; n = (n - c) / 45
    const d = n % 45; const e = (n - d) / 45
    out += ALPHABET[c] + ALPHABET[d] + ALPHABET[e]
  }
  if (bytes.length % 2 === 1) {
    const n = bytes[bytes.length - 1]
    out += ALPHABET[n % 45] + ALPHABET[Math.floor(n / 45)]
  }
  return out
}

/** Throws on a character outside the alphabet, a dangling single character, or a group above its range. */
export function base45Decode(text: string): Uint8Array {
  if (text.length % 3 === 1) throw new Error('base45: invalid length')
  const out = new Uint8Array(Math.floor(text.length / 3) * 2 + (text.length % 3 === 2 ? 1 : 0))
  let o = 0
  for (let i = 0; i < text.length; i += 3) {
    const digits: number[] = []
    for (let k = i; k < Math.min(i + 3, text.length); k++) {
      const v = INDEX[text[k]]
      if (v === undefined) throw new Error('base45: invalid character')
      digits.push(v)
    }
    if (digits.length === 3) {
      const n = digits[0] + digits[1] * 45 + digits[2] * 2025
      if (n > 0xffff) throw new Error('base45: group out of range')
      out[o++] = n >> 8
      out[o++] = n & 0xff
    } else {
      const n = digits[0] + digits[1] * 45
      if (n > 0xff) throw new Error('base45: group out of range')
      out[o++] = n
    }
  }
  return out
}
