// 告警: the region's alarms. An open bulk-change alarm is released (the held change or re-audit goes
// ahead) or cancelled, an informational one (an upload, an admin's rejected uploads) acknowledged, always
// with a note; all are logged by the host. An alarm about the viewer's own uploads is the others' to resolve.
import { useCallback, useState } from 'react'
import Taro, { useDidShow } from '@tarojs/taro'
import type { Alarm } from '@core/api/contract/review'
import { loadSession } from '@/services/session'
import { listAlarms, resolveAlarm } from './alarms-api'
import { adminErrorKey } from './messages'
import { importDetailUrl } from './routes'
import { useAdminCall } from './use-admin-call'

export function useAlarms() {
  const call = useAdminCall()
  const [alarms, setAlarms] = useState<Alarm[] | null>(null)
  const [notes, setNotes] = useState<Record<string, string>>({})
  const [missingNote, setMissingNote] = useState<string | null>(null)

  // Not through call.run: a reload after resolving must keep the "released" notice on screen.
  const load = useCallback(async () => {
    const r = await listAlarms()
    if (r.code === 0 && Array.isArray(r.data?.alarms)) setAlarms([...r.data!.alarms].sort((a, b) => (a.state === b.state ? b.raisedAt - a.raisedAt : a.state === 'open' ? -1 : 1)))
    else call.setError(adminErrorKey(r.code))
  }, [call.setError])
  useDidShow(() => void load())

  const setNote = (id: string, note: string) => {
    setNotes((n) => ({ ...n, [id]: note }))
    setMissingNote(null)
  }

  const resolve = async (alarm: Alarm, action: 'release' | 'cancel') => {
    const note = (notes[alarm.id] ?? '').trim()
    if (note.length < 2) return setMissingNote(alarm.id)
    const informational = alarm.kind === 'import-upload' || alarm.kind === 'import-rejections'
    const done = await call.run(() => resolveAlarm(alarm.id, action, note), () => ({ key: informational ? 'alarm.acknowledged' : action === 'release' ? 'alarm.released' : 'alarm.cancelled' }))
    if (done) await load()
  }

  const openImport = (importId: string) => void Taro.navigateTo({ url: importDetailUrl(importId) })
  const me = loadSession()?.account.id ?? null

  return { ...call, alarms, notes, missingNote, me, setNote, resolve, openImport, load }
}
