// Calls `tick` every `intervalMs` while `active` and the page is visible; stops on hide and unmount.
// A tick never overlaps the previous one (a slow host must not pile up calls).
import { useEffect, useRef, useState } from 'react'
import { useDidHide, useDidShow } from '@tarojs/taro'

export function usePolling(tick: () => Promise<void>, active: boolean, intervalMs = 1000) {
  const [visible, setVisible] = useState(true)
  const latest = useRef(tick)
  latest.current = tick
  useDidShow(() => setVisible(true))
  useDidHide(() => setVisible(false))

  useEffect(() => {
    if (!active || !visible) return
    let stopped = false
    let timer: ReturnType<typeof setTimeout> | null = null
    const loop = async () => {
      try {
        await latest.current()
      } finally {
        if (!stopped) timer = setTimeout(() => void loop(), intervalMs)
      }
    }
    timer = setTimeout(() => void loop(), intervalMs)
    return () => {
      stopped = true
      if (timer) clearTimeout(timer)
    }
  }, [active, visible, intervalMs])
}
