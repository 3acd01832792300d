// Sync when the page shows and every few minutes while it stays visible (a colour changed by an auditor or
// a rule reaches the phone); the visibility also pauses the QR redraw while the page is hidden.
import { useEffect, useState } from 'react'
import { useDidHide, useDidShow } from '@tarojs/taro'
import { STATUS_POLL_MS } from '@core/client/renewal'

export function useVisibleSync(active: boolean, sync: () => Promise<void>, onShow?: () => void): boolean {
  const [visible, setVisible] = useState(true)
  useDidShow(() => {
    setVisible(true)
    onShow?.()
    void sync()
  })
  useDidHide(() => setVisible(false))
  useEffect(() => {
    if (!visible || !active) return undefined
    const timer = setInterval(() => void sync(), STATUS_POLL_MS)
    return () => clearInterval(timer)
  }, [visible, active, sync])
  return visible
}
