// 告警: bulk-change alarms of the region. An open alarm is released (the held change or re-audit goes
// ahead) or cancelled, always with a note; both are logged by the host.
import { useCallback, useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import type { Alarm } from '@core/api/contract/review'
import { listAlarms, resolveAlarm } from './alarms-api'
import { adminErrorKey } from './messages'
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
    const done = await call.run(() => resolveAlarm(alarm.id, action, note), () => ({ key: action === 'release' ? 'alarm.released' : 'alarm.cancelled' }))
    if (done) await load()
  }

  return { ...call, alarms, notes, missingNote, setNote, resolve, load }
}
