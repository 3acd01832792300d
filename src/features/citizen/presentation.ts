// One drawing of the dynamic code: the credential signed by the device key at the corrected time
// (docs/code-format.md §5), drawn as a QR image. Pure; runs offline and in the mini-program engine.
import { presentCredential } from '@core/credential/present'
import { qrImage } from '@core/client/qr-image'
import type { Rgb } from '@core/client/png'
import { fromBase64 } from '@core/encoding/bytes'
import type { HealthStatus } from '@core/credential/format'

/** Dark shades of each colour: the QR itself shows the colour but stays dark enough to scan. */
export const INK: Record<HealthStatus, Rgb> = {
  green: [11, 107, 46],
  yellow: [122, 80, 0],
  red: [160, 28, 28]
}

/** 6 px a module: ~400 px for a version-11 code, at least 4 screen px a module when shown. */
export const QR_SCALE = 6

export interface Presentation {
  text: string
  url: string
  /** Corrected epoch ms when drawn. */
  at: number
}

export function drawPresentation(credential: string, deviceKeyBase64: string, nowMs: number, status: HealthStatus | null): Presentation {
  const text = presentCredential(credential, fromBase64(deviceKeyBase64), nowMs / 1000)
  const img = qrImage(text, QR_SCALE, INK[status ?? 'green'])
  return { text, url: img.url, at: nowMs }
}
