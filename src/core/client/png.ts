// A minimal PNG encoder: 1-bit palette image, zlib "stored" blocks (no compression). A QR code drawn
// this way becomes a data: URL that every platform's <image> shows the same way, with no canvas node
// to query (weapp/alipay canvas 2d needs a selector query; H5 a DOM canvas) and no Buffer/TextEncoder.
import { toBase64 } from '../encoding/bytes'

let crcTable: Uint32Array | null = null

function crc32(bytes: Uint8Array, start: number, end: number): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256)
    for (let n = 0; n < 256; n++) {
      let c = n
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
      crcTable[n] = c >>> 0
    }
  }
  let c = 0xffffffff
  for (let i = start; i < end; i++) c = crcTable[(c ^ bytes[i]) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

function adler32(bytes: Uint8Array): number {
  let a = 1
  let b = 0
  for (let i = 0; i < bytes.length; i++) {
    a = (a + bytes[i]) % 65521
    b = (b + a) % 65521
  }
  return ((b << 16) | a) >>> 0
}

/** zlib stream of stored (uncompressed) deflate blocks, at most 65535 bytes each. */
function zlibStored(raw: Uint8Array): Uint8Array {
  const blocks = Math.max(1, Math.ceil(raw.length / 65535))
  const out = new Uint8Array(2 + raw.length + blocks * 5 + 4)
  out[0] = 0x78
  out[1] = 0x01
  let at = 2
  for (let i = 0; i < blocks; i++) {
    const len = Math.min(65535, raw.length - i * 65535)
    out[at++] = i === blocks - 1 ? 1 : 0
    out[at++] = len & 0xff
    out[at++] = len >>> 8
    out[at++] = ~len & 0xff
    out[at++] = (~len >>> 8) & 0xff
    out.set(raw.subarray(i * 65535, i * 65535 + len), at)
    at += len
  }
  writeU32(out, at, adler32(raw))
  return out
}

function writeU32(out: Uint8Array, at: number, v: number): void {
  out[at] = v >>> 24
  out[at + 1] = (v >>> 16) & 0xff
  out[at + 2] = (v >>> 8) & 0xff
  out[at + 3] = v & 0xff
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length)
  writeU32(out, 0, data.length)
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i)
  out.set(data, 8)
  writeU32(out, 8 + data.length, crc32(out, 4, 8 + data.length))
  return out
}

export type Rgb = [number, number, number]

/**
 * Encodes a two-colour image. `dark(x, y)` says which pixels take the second colour.
 * Returns the PNG file bytes.
 */
export function encodeTwoColourPng(width: number, height: number, dark: (x: number, y: number) => boolean, light: Rgb, ink: Rgb): Uint8Array {
  const rowBytes = Math.ceil(width / 8)
  const raw = new Uint8Array((rowBytes + 1) * height) // each row: filter byte 0, then packed bits
  for (let y = 0; y < height; y++) {
    const base = y * (rowBytes + 1) + 1
    for (let x = 0; x < width; x++) if (dark(x, y)) raw[base + (x >> 3)] |= 0x80 >> (x & 7)
  }
  const ihdr = new Uint8Array(13)
  writeU32(ihdr, 0, width)
  writeU32(ihdr, 4, height)
  ihdr[8] = 1 // bit depth
  ihdr[9] = 3 // colour type: palette
  const parts = [
    Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('PLTE', Uint8Array.from([...light, ...ink])),
    chunk('IDAT', zlibStored(raw)),
    chunk('IEND', new Uint8Array(0))
  ]
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.length
  }
  return out
}

export function pngDataUrl(png: Uint8Array): string {
  return 'data:image/png;base64,' + toBase64(png)
}
