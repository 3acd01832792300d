// health-info for the sub-pages (history, check-in, correction), fetched each time the page shows.
import { useCallback, useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import { ReturnCode } from '@core/api/return-codes'
import type { MessageKey } from '@/i18n'
import { fetchHealthInfo } from './citizen-api'
import { citizenErrorKey } from './messages'
import type { NormalisedHealthInfo } from './types'
import { learnClock } from './wallet'

export function useHealthInfo() {
  const [info, setInfo] = useState<NormalisedHealthInfo | null>(null)
  const [error, setError] = useState<MessageKey | null>(null)
  const reload = useCallback(async () => {
    const { result, sent, received } = await fetchHealthInfo()
    if (result.code === ReturnCode.OK && result.data) {
      learnClock(result.data.serverTime, sent, received)
      setInfo(result.data)
      setError(null)
    } else setError(citizenErrorKey(result.code) ?? 'error.internal')
  }, [])
  useDidShow(() => void reload())
  return { info, error, reload }
}
