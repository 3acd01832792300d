// Proves the fake-camera harness: Chromium plays a generated .y4m as the webcam, the page grabs
// a frame with getUserMedia, and jsQR reads back exactly the text we encoded.
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { browserSuite } from '../support/browser-suite'

// No host: a page of its own, and the camera at its default size.
const suite = browserSuite({ timeout: 90_000, host: false, camera: {} })

// UTF-8 on purpose: Chinese text must survive the byte-mode round trip.
const TEXT = 'HC1:健康码 fake-camera 测试 0123456789'

const PAGE = `<!doctype html><meta charset="utf-8"><video id="v" autoplay muted playsinline></video><canvas id="c"></canvas>`

let server: http.Server
let origin: string

beforeAll(async () => {
  // getUserMedia needs a secure context; http://127.0.0.1 is one.
  server = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE))
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  suite.showOnCamera(TEXT)
})

afterAll(async () => {
  await new Promise((r) => server?.close(r))
})

test('a frame from the fake camera decodes to the encoded text', async () => {
  const { page } = await suite.newPage()
  await page.goto(`${origin}/`)
  await page.addScriptTag({ path: require.resolve('jsqr/dist/jsQR.js') })
  const started = Date.now()
  const decoded = await page.evaluate(async () => {
    const video = document.getElementById('v') as HTMLVideoElement
    video.srcObject = await navigator.mediaDevices.getUserMedia({ video: { width: 320, height: 240 } })
    await video.play()
    const canvas = document.getElementById('c') as HTMLCanvasElement
    const ctx = canvas.getContext('2d', { willReadFrequently: true })!
    // Poll frames until one decodes (the first may still be black).
    for (let i = 0; i < 100; i++) {
      if (video.videoWidth > 0) {
        canvas.width = video.videoWidth
        canvas.height = video.videoHeight
        ctx.drawImage(video, 0, 0)
        const img = ctx.getImageData(0, 0, canvas.width, canvas.height)
        const hit = (window as any).jsQR(img.data, img.width, img.height)
        if (hit) return { text: hit.data as string, width: img.width, height: img.height }
      }
      await new Promise((r) => setTimeout(r, 50))
    }
    return null
  })
  expect(decoded).not.toBeNull()
  expect(decoded!.text).toBe(TEXT)
  expect(Date.now() - started).toBeLessThan(30_000)
})
