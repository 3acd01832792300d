// WeChat and Alipay: the platform's own scanner. Taro maps scanCode to Alipay's my.scan (result → code).
// On a shift (`live`) the page draws the buttons and this opens the scanner again each time the page is
// `ready` for the next person: the platform's scanner covers the screen, so it waits while a result is up.
import { useEffect, useRef } from 'react'
import Taro from '@tarojs/taro'
import ActionButton from '@/components/action-button'
import { useI18n } from '@/i18n/use-i18n'
import type { ScannerProps } from './props'

/** A reading that put nothing on screen (the same code again at once): a breath before the scanner reopens. */
const REOPEN_MS = 400

/** The text read, '' for nothing readable, null when cancelled by the verifier or no camera. */
async function scanOnce(): Promise<string | null> {
  try {
    const r = (await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] })) as { result?: string; code?: string }
    return r.result ?? r.code ?? ''
  } catch {
    return null
  }
}

export default function Scanner({ onText, autoStart, onStart, live, ready, onStopped }: ScannerProps) {
  const { t } = useI18n()
  const shift = live !== undefined
  const mounted = useRef(true)
  const looping = useRef(false)
  const wanted = useRef(false)
  const latest = useRef({ onText, onStopped })
  latest.current = { onText, onStopped }
  wanted.current = !!live && !!ready

  const scan = async () => {
    onStart?.()
    const text = await scanOnce()
    if (text) void onText(text, 'camera')
    // null: cancelled by the verifier, or no camera: the button stays for another try.
  }

  const loop = async () => {
    looping.current = true
    try {
      while (mounted.current && wanted.current) {
        const text = await scanOnce()
        if (!mounted.current) return
        if (text === null) {
          latest.current.onStopped?.()
          return
        }
        if ((await latest.current.onText(text, 'camera')) === true) return
        await new Promise((resolve) => setTimeout(resolve, REOPEN_MS))
      }
    } finally {
      looping.current = false
    }
  }

  useEffect(() => {
    mounted.current = true
    if (autoStart && !shift) void scan()
    return () => {
      mounted.current = false
    }
    // Only when the page first shows the scanner.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  useEffect(() => {
    if (shift && live && ready && !looping.current) void loop()
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [shift, live, ready])

  if (shift) return null
  return <ActionButton id='start-scan' label={t('scanner.start')} onClick={() => void scan()} />
}
