// WeChat and Alipay: the platform's own scanner. Taro maps scanCode to Alipay's my.scan (result → code).
import { useEffect } from 'react'
import Taro from '@tarojs/taro'
import ActionButton from '@/components/action-button'
import { useI18n } from '@/i18n/use-i18n'
import type { ScannerProps } from './props'

export default function Scanner({ onText, autoStart, onStart }: ScannerProps) {
  const { t } = useI18n()
  const scan = async () => {
    onStart?.()
    try {
      const r = (await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] })) as { result?: string; code?: string }
      const text = r.result ?? r.code
      if (text) onText(text)
    } catch {
      // Cancelled by the verifier, or no camera: the button stays for another try.
    }
  }
  useEffect(() => {
    if (autoStart) void scan()
    // Only when the page first shows the scanner.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
  return <ActionButton id='start-scan' label={t('scanner.start')} onClick={() => void scan()} />
}
