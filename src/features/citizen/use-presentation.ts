// Redraws the code every PRESENTATION_REFRESH_S (20 s) from the wallet alone, with a countdown and a
// live clock ticking each second. No network involved: this keeps running offline.
import { useEffect, useRef, useState } from 'react'
import { PRESENTATION_REFRESH_S } from '@core/credential/format'
import { drawPresentation, type Presentation } from './presentation'
import type { HealthStatus } from '@core/credential/format'
import { serverNowMs } from './wallet'

export interface LivePresentation {
  qr: Presentation | null
  /** Corrected now, ms; ticks every second. */
  now: number
  /** Seconds until the next redraw. */
  countdown: number
  failed: boolean
}

export function usePresentation(credential: string | null, deviceKey: string | null, status: HealthStatus | null, active: boolean): LivePresentation {
  const [state, setState] = useState<LivePresentation>({ qr: null, now: serverNowMs(), countdown: PRESENTATION_REFRESH_S, failed: false })
  const qrRef = useRef<Presentation | null>(null)

  useEffect(() => {
    qrRef.current = null
    if (!active || !credential || !deviceKey) {
      setState((s) => ({ ...s, qr: null }))
      return undefined
    }
    const tick = () => {
      const now = serverNowMs()
      let qr = qrRef.current
      let failed = false
      // Redraw when due, or when the clock jumped backwards (a corrected offset).
      if (!qr || now - qr.at >= PRESENTATION_REFRESH_S * 1000 || now < qr.at) {
        try {
          qr = drawPresentation(credential, deviceKey, now, status)
        } catch {
          qr = null
          failed = true
        }
        qrRef.current = qr
      }
      const countdown = qr ? Math.max(1, PRESENTATION_REFRESH_S - Math.floor((now - qr.at) / 1000)) : PRESENTATION_REFRESH_S
      setState({ qr, now, countdown, failed })
    }
    tick()
    const timer = setInterval(tick, 1000)
    return () => clearInterval(timer)
  }, [credential, deviceKey, status, active])

  return state
}
