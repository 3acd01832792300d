// The care home's actions: refresh the code, read its status aloud, ask a relative for help.
import { useState } from 'react'
import Taro from '@tarojs/taro'
import type { HealthStatus } from '@core/credential/format'
import { CITIZEN_PAGES } from '@/features/citizen/routes'
import type { Lang, MessageKey } from '@/i18n'
import { readAloud } from './read-aloud'
import { speechKey } from './status-speech'

export function useCareHome(lang: Lang, t: (key: MessageKey) => string, sync: () => Promise<void>) {
  const [refreshing, setRefreshing] = useState(false)
  const [speechMissing, setSpeechMissing] = useState(false)
  return {
    refreshing,
    speechMissing,
    refresh: async () => {
      setRefreshing(true)
      try {
        await sync()
      } finally {
        setRefreshing(false)
      }
    },
    readAloud: (status: HealthStatus) => setSpeechMissing(!readAloud(status, lang, t(speechKey(status)))),
    // The relatives' page: asking a family member to act for this person is one of its two forms (grant-request).
    help: () => void Taro.navigateTo({ url: CITIZEN_PAGES.relatives })
  }
}
