// Builds a .y4m video that Chromium plays as the camera (--use-file-for-fake-video-capture), so
// scanning can be tested end to end without hardware. Format (TOOLCHAIN.md): one text header
// line, then per frame "FRAME\n" + Y plane (W×H) + U and V planes (W/2 × H/2) for 4:2:0.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
// The qrcode core (no canvas/fs). Byte segments avoid its `new TextEncoder()` string path.
// eslint-disable-next-line @typescript-eslint/no-var-requires
const QRCode = require('qrcode/lib/core/qrcode')

export interface Y4mOptions {
  width?: number
  height?: number
  frames?: number
  /** Light modules around the symbol; the spec asks for 4. */
  quietZone?: number
  errorCorrectionLevel?: 'L' | 'M' | 'Q' | 'H'
}

/** The QR symbol as rows of booleans (true = dark module). */
export function qrMatrix(text: string, ecl: Y4mOptions['errorCorrectionLevel'] = 'M'): boolean[][] {
  const qr = QRCode.create([{ data: Buffer.from(text, 'utf8'), mode: 'byte' }], { errorCorrectionLevel: ecl })
  const { size, data } = qr.modules as { size: number; data: Uint8Array }
  return Array.from({ length: size }, (_, r) => Array.from({ length: size }, (_, c) => data[r * size + c] === 1))
}

/** A luma plane with the symbol centred at the largest whole-pixel scale that fits. */
export function lumaPlane(matrix: boolean[][], width: number, height: number, quietZone = 4): Uint8Array {
  const modules = matrix.length + quietZone * 2
  const scale = Math.floor(Math.min(width, height) / modules)
  if (scale < 2) throw new Error(`QR too dense for ${width}x${height}: ${matrix.length} modules`)
  const y = new Uint8Array(width * height).fill(255)
  const x0 = Math.floor((width - matrix.length * scale) / 2)
  const y0 = Math.floor((height - matrix.length * scale) / 2)
  matrix.forEach((row, r) =>
    row.forEach((dark, c) => {
      if (!dark) return
      for (let dy = 0; dy < scale; dy++) y.fill(0, (y0 + r * scale + dy) * width + x0 + c * scale, (y0 + r * scale + dy) * width + x0 + (c + 1) * scale)
    })
  )
  return y
}

export function y4mFromText(text: string, opts: Y4mOptions = {}): Buffer {
  const { width = 320, height = 240, frames = 10, quietZone = 4, errorCorrectionLevel = 'M' } = opts
  if (width % 2 || height % 2) throw new Error('4:2:0 needs even dimensions')
  const y = lumaPlane(qrMatrix(text, errorCorrectionLevel), width, height, quietZone)
  const chroma = Buffer.alloc((width / 2) * (height / 2), 128) // neutral grey: no colour
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`, 'ascii')
  const frame = Buffer.concat([Buffer.from('FRAME\n', 'ascii'), Buffer.from(y), chroma, chroma])
  return Buffer.concat([header, ...Array.from({ length: frames }, () => frame)])
}

/**
 * Several codes in turn, `framesEach` frames of each (at 10 frames a second, 30 frames are 3 s in view): people
 * stepping up to the camera one after another. Chromium loops the file, so the sequence comes round again.
 */
export function y4mFromTexts(texts: readonly string[], opts: Y4mOptions & { framesEach?: number } = {}): Buffer {
  const { width = 320, height = 240, framesEach = 30, quietZone = 4, errorCorrectionLevel = 'M' } = opts
  if (width % 2 || height % 2) throw new Error('4:2:0 needs even dimensions')
  if (!texts.length) throw new Error('no codes to show')
  const chroma = Buffer.alloc((width / 2) * (height / 2), 128)
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`, 'ascii')
  const frames = texts.map((text) =>
    Buffer.concat([Buffer.from('FRAME\n', 'ascii'), Buffer.from(lumaPlane(qrMatrix(text, errorCorrectionLevel), width, height, quietZone)), chroma, chroma]))
  return Buffer.concat([header, ...frames.flatMap((frame) => Array.from({ length: framesEach }, () => frame))])
}

/** Write the video to a temp file and return its path. */
export function writeFakeCamera(text: string, opts: Y4mOptions & { dir?: string } = {}): string {
  const dir = opts.dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'hc-fake-camera-'))
  const file = path.join(dir, 'camera.y4m')
  fs.writeFileSync(file, y4mFromText(text, opts))
  return file
}
