// Reads QR codes out of PNG bytes (screenshots, data: URLs) with pngjs + jsQR, as a phone camera would.
import jsQR from 'jsqr'

// pngjs ships no types; this is the one call we need.
// eslint-disable-next-line @typescript-eslint/no-var-requires
const { PNG } = require('pngjs') as { PNG: { sync: { read(b: Buffer): { width: number; height: number; data: Buffer } } } }

export function readPng(bytes: Buffer) {
  return PNG.sync.read(bytes)
}

/** The text of the QR code in a PNG, or null when none is found. */
export function decodeQrPng(bytes: Buffer): string | null {
  const png = PNG.sync.read(bytes)
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height, { inversionAttempts: 'dontInvert' })?.data ?? null
}

export function dataUrlBytes(url: string): Buffer {
  return Buffer.from(url.replace(/^data:image\/png;base64,/, ''), 'base64')
}
