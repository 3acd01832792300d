// H5 only (imported by components/qr-scanner/scanner.h5.tsx): the camera through getUserMedia, its
// frames decoded with jsQR in a loop until one holds a QR code; and the same decoder for an uploaded
// or pasted image. Mini-programs use the platform's own scanner (Taro.scanCode) instead.
import jsQR from 'jsqr'

/** Frames wider than this are scaled down first: jsQR's time grows with the pixel count. */
const MAX_FRAME_WIDTH = 960
const FRAME_INTERVAL_MS = 100

function decodeCanvas(source: CanvasImageSource, width: number, height: number, canvas: HTMLCanvasElement): string | null {
  const scale = Math.min(1, MAX_FRAME_WIDTH / width)
  canvas.width = Math.round(width * scale)
  canvas.height = Math.round(height * scale)
  const ctx = canvas.getContext('2d', { willReadFrequently: true })
  if (!ctx) return null
  ctx.drawImage(source, 0, 0, canvas.width, canvas.height)
  const img = ctx.getImageData(0, 0, canvas.width, canvas.height)
  // Our codes are dark on light; trying the inverted image too costs a second pass per frame.
  const hit = jsQR(img.data, img.width, img.height, { inversionAttempts: 'dontInvert' })
  return hit && hit.data ? hit.data : null
}

export async function openCamera(video: HTMLVideoElement): Promise<MediaStream> {
  if (!navigator.mediaDevices?.getUserMedia) throw new Error('no camera API (needs HTTPS)')
  const stream = await navigator.mediaDevices.getUserMedia({ audio: false, video: { facingMode: { ideal: 'environment' }, width: { ideal: 1280 }, height: { ideal: 720 } } })
  video.srcObject = stream
  video.muted = true
  video.setAttribute('playsinline', 'true')
  await video.play()
  return stream
}

export function closeCamera(stream: MediaStream | null, video: HTMLVideoElement | null): void {
  stream?.getTracks().forEach((t) => t.stop())
  if (video) video.srcObject = null
}

/**
 * Decodes frames until one holds a code, then calls onText once; with `continuous`, calls it for every frame
 * that holds a code until stopped (the caller drops what it has seen). Returns a stop function.
 */
export function scanFrames(video: HTMLVideoElement, onText: (text: string) => void, { continuous = false } = {}): () => void {
  const canvas = document.createElement('canvas')
  let stopped = false
  let timer: ReturnType<typeof setTimeout> | null = null
  const tick = () => {
    if (stopped) return
    if (video.readyState >= 2 && video.videoWidth > 0) {
      const text = decodeCanvas(video, video.videoWidth, video.videoHeight, canvas)
      if (text && !continuous) {
        stopped = true
        onText(text)
        return
      }
      if (text) onText(text)
    }
    timer = setTimeout(tick, FRAME_INTERVAL_MS)
  }
  tick()
  return () => {
    stopped = true
    if (timer) clearTimeout(timer)
  }
}

/** An uploaded or pasted picture of a code. */
export async function decodeImageFile(file: Blob): Promise<string | null> {
  const url = URL.createObjectURL(file)
  try {
    const img = new Image()
    img.src = url
    await img.decode()
    const canvas = document.createElement('canvas')
    return decodeCanvas(img, img.naturalWidth, img.naturalHeight, canvas)
  } catch {
    return null
  } finally {
    URL.revokeObjectURL(url)
  }
}

/** The first image on the clipboard of a paste event, if any. */
export function pastedImage(e: ClipboardEvent): File | null {
  for (const item of Array.from(e.clipboardData?.items ?? [])) {
    if (item.kind === 'file' && item.type.startsWith('image/')) return item.getAsFile()
  }
  return null
}
