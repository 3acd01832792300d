// The region admin's today: scans per collection point and codes issued, refreshed on show.
import { useCallback, useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import { fetchTodayStats } from './admin-api'
import type { TodayStats } from '@core/api/contract/verifier'
import { useAdminCall } from './use-admin-call'

export function useToday() {
  const call = useAdminCall()
  const [today, setToday] = useState<TodayStats | null>(null)
  const load = useCallback(async () => {
    const data = await call.run(fetchTodayStats)
    // An answer without the per-point list is not today's figures: show nothing rather than break.
    if (data && Array.isArray(data.points)) setToday(data)
  }, [call.run])
  useDidShow(() => void load())
  const totalScans = today ? today.points.reduce((n, p) => n + p.scans, 0) : 0
  return { ...call, today, totalScans, load }
}
