// zlib (RFC 1950) inflate via fflate, plus the Adler-32 check fflate skips, so a corrupted stream is refused
// rather than yielding bytes that merely happen to parse. Raw, uncompressed COSE (vector Z2) is refused too.
import { unzlibSync } from 'fflate'

function adler32(data: Uint8Array): number {
  let a = 1
  let b = 0
  for (let i = 0; i < data.length; ) {
    const end = Math.min(i + 3800, data.length) // stays below 2^32 before the modulo
    for (; i < end; i++) { a += data[i]; b += a }
    a %= 65521
    b %= 65521
  }
  return (b * 65536 + a) >>> 0
}

export function inflateZlib(data: Uint8Array): Uint8Array {
  if (data.length < 6) throw new Error('zlib: too short')
  const out = unzlibSync(data)
  const n = data.length
  const expected = ((data[n - 4] << 24) | (data[n - 3] << 16) | (data[n - 2] << 8) | data[n - 1]) >>> 0
  if (adler32(out) !== expected) throw new Error('zlib: checksum mismatch')
  return out
}
