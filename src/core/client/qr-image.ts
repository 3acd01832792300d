// The health code's QR as a PNG data URL, drawn from the module matrix of the qrcode core.
// The text is Base45 with an `HZ1:` prefix, all in the QR alphanumeric alphabet, so it goes in as one
// alphanumeric segment: denser than bytes, and it never reaches the core's `new TextEncoder()` path
// (which only byte segments given as strings take; the mini-program engine has no TextEncoder).
import { encodeTwoColourPng, pngDataUrl, type Rgb } from './png'

interface QrCore {
  create(segments: { data: string; mode: 'alphanumeric' }[], options: { errorCorrectionLevel: 'M' }): { modules: { size: number; data: Uint8Array }; version: number }
}
// eslint-disable-next-line @typescript-eslint/no-var-requires
const QRCode: QrCore = require('qrcode/lib/core/qrcode')

const ALPHANUMERIC = /^[0-9A-Z $%*+\-./:]*$/
export const QUIET_ZONE = 4

export interface QrMatrix {
  size: number
  version: number
  dark: (row: number, col: number) => boolean
}

export function qrMatrix(text: string): QrMatrix {
  if (!ALPHANUMERIC.test(text)) throw new Error('not QR alphanumeric text')
  const qr = QRCode.create([{ data: text, mode: 'alphanumeric' }], { errorCorrectionLevel: 'M' })
  const { size, data } = qr.modules
  return { size, version: qr.version, dark: (r, c) => data[r * size + c] === 1 }
}

export interface QrImage {
  url: string
  /** Pixels per side, quiet zone included. */
  pixels: number
  modules: number
  version: number
}

/** `scale` pixels per module with a 4-module quiet zone; `ink` colours the dark modules. */
export function qrImage(text: string, scale = 6, ink: Rgb = [0, 0, 0]): QrImage {
  const m = qrMatrix(text)
  const modules = m.size + QUIET_ZONE * 2
  const pixels = modules * scale
  const png = encodeTwoColourPng(pixels, pixels, (x, y) => {
    const r = Math.floor(y / scale) - QUIET_ZONE
    const c = Math.floor(x / scale) - QUIET_ZONE
    return r >= 0 && c >= 0 && r < m.size && c < m.size && m.dark(r, c)
  }, [255, 255, 255], ink)
  return { url: pngDataUrl(png), pixels, modules, version: m.version }
}
