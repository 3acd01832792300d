// Reads QR codes out of PNG bytes (screenshots, data: URLs) with pngjs + jsQR, as a phone camera would.
import { Worker } from 'node:worker_threads'
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

// Decoding a whole screenshot inside jest's module sandbox (a vm context, where every global such as
// Math is looked up through an interceptor) takes about a second; the same pngjs + jsQR on a worker
// thread, about a tenth of that. One worker serves the file's screenshots and ends when idle.
const DECODER_SOURCE = `
const { parentPort } = require('node:worker_threads')
const jsQR = require(${JSON.stringify(require.resolve('jsqr'))})
const { PNG } = require(${JSON.stringify(require.resolve('pngjs'))})
parentPort.on('message', ({ id, bytes }) => {
  try {
    const png = PNG.sync.read(Buffer.from(bytes))
    const hit = jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height, { inversionAttempts: 'dontInvert' })
    parentPort.postMessage({ id, text: hit ? hit.data : null })
  } catch (e) {
    parentPort.postMessage({ id, error: String((e && e.message) || e) })
  }
})`

interface Decoder {
  worker: Worker
  pending: Map<number, { resolve: (text: string | null) => void; reject: (e: Error) => void }>
  idle?: ReturnType<typeof setTimeout>
}
let decoder: Decoder | null = null
let nextId = 0

function startDecoder(): Decoder {
  const worker = new Worker(DECODER_SOURCE, { eval: true })
  const d: Decoder = { worker, pending: new Map() }
  const failAll = (e: Error) => {
    if (decoder === d) decoder = null
    for (const p of d.pending.values()) p.reject(e)
    d.pending.clear()
  }
  worker.on('message', ({ id, text, error }: { id: number; text?: string | null; error?: string }) => {
    const p = d.pending.get(id)
    d.pending.delete(id)
    if (error) p?.reject(new Error(`QR decoding failed: ${error}`))
    else p?.resolve(text ?? null)
    if (d.pending.size === 0) {
      d.idle = setTimeout(() => { if (decoder === d) decoder = null; void worker.terminate() }, 5_000)
      d.idle.unref()
    }
  })
  worker.on('error', failAll)
  worker.on('exit', () => failAll(new Error('the QR decoder stopped')))
  // After the listeners: adding a 'message' listener refs the worker again, and it must never keep jest alive.
  worker.unref()
  return d
}

/** decodeQrPng on a worker thread: the same result, without jest's sandbox slowing jsQR down. */
export function decodeQrPngOffThread(bytes: Buffer): Promise<string | null> {
  const d = decoder ?? (decoder = startDecoder())
  if (d.idle) clearTimeout(d.idle)
  const id = nextId++
  return new Promise((resolve, reject) => {
    d.pending.set(id, { resolve, reject })
    d.worker.postMessage({ id, bytes })
  })
}
