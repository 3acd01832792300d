// The holder's in-app notices (status changes, decisions on corrections and appeals; alarms for staff).
// Fetched when the page shows, not polled: the home page is the busiest screen there is (Xi'an 2022).
// The notices page marks what it showed as read, and keeps the "new" marks for the visit.
import { useCallback, useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import { ReturnCode } from '@core/api/return-codes'
import type { MessageKey } from '@/i18n'
import { citizenErrorKey } from './messages'
import { listNotices, markNoticesRead } from './transparency-api'
import type { Notice } from '@core/api/contract/citizen'
import { serverNowMs } from './wallet'

/**
 * Ids this app has marked read, kept for the session: going back to the home page right after opening the
 * notices must not show them as unread again while notices-read is still on its way.
 */
const readHere = new Set<string>()
const isUnread = (n: Notice) => !n.readAt && !readHere.has(n.id)

export function useNotices(signedIn: boolean, markRead = false) {
  const [notices, setNotices] = useState<Notice[] | null>(null)
  const [error, setError] = useState<MessageKey | null>(null)
  // The corrected clock at the last fetch: the notices page says how long ago each one came from it.
  const [now, setNow] = useState(serverNowMs)

  const reload = useCallback(async () => {
    if (!signedIn) return
    const r = await listNotices()
    if (r.code !== ReturnCode.OK || !r.data) {
      setError(citizenErrorKey(r.code) ?? 'error.internal')
      return
    }
    const list = Array.isArray(r.data.notices) ? r.data.notices : []
    setNow(serverNowMs())
    setNotices(list)
    setError(null)
    const unread = list.filter(isUnread).map((n) => n.id).slice(0, 100)
    if (!markRead || unread.length === 0) return
    unread.forEach((id) => readHere.add(id))
    const r2 = await markNoticesRead(unread)
    if (r2.code !== ReturnCode.OK) unread.forEach((id) => readHere.delete(id)) // still unread on the host: say so next time
  }, [signedIn, markRead])

  useDidShow(() => void reload())

  return { notices, now, error, reload, unread: notices ? notices.filter(isUnread).length : 0 }
}
