// 审核队列: cases (corrections, appeals, flags) and manual changes waiting for a second auditor. Approving
// one's own request stays possible to press; the host refuses it (40305) and the card says why. A
// `held` answer means the bulk threshold stopped the change and the admins were alarmed.
import { useCallback, useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import type { PendingChange, ReviewQueue } from '@core/api/contract/review'
import type { MessageKey } from '@/i18n'
import { approveChange, fetchQueue, rejectChange } from './auditor-api'
import { auditErrorKey } from './messages'

export interface CardNote {
  key: MessageKey
  kind: 'info' | 'error'
}

export function useAuditQueue() {
  const [queue, setQueue] = useState<ReviewQueue | null>(null)
  const [error, setError] = useState<MessageKey | null>(null)
  const [notice, setNotice] = useState<MessageKey | null>(null)
  const [busy, setBusy] = useState(false)
  const [cardNotes, setCardNotes] = useState<Record<string, CardNote>>({})
  const [rejectNotes, setRejectNotes] = useState<Record<string, string>>({})

  const load = useCallback(async () => {
    const r = await fetchQueue()
    if (r.code === 0 && r.data && Array.isArray(r.data.cases)) {
      setQueue(r.data)
      setError(null)
    } else setError(auditErrorKey(r.code))
  }, [])
  useDidShow(() => void load())

  const note = (id: string, n: CardNote | null) => setCardNotes((all) => {
    const next = { ...all }
    if (n) next[id] = n
    else delete next[id]
    return next
  })

  const approve = async (c: PendingChange) => {
    setBusy(true)
    setNotice(null)
    note(c.id, null)
    try {
      const r = await approveChange(c.id)
      if (r.code !== 0 || !r.data) return note(c.id, { key: auditErrorKey(r.code) ?? 'error.internal', kind: 'error' })
      if (r.data.state === 'held') note(c.id, { key: 'audit.held', kind: 'info' })
      else setNotice('audit.approved')
      await load()
    } finally {
      setBusy(false)
    }
  }

  const reject = async (c: PendingChange) => {
    const text = (rejectNotes[c.id] ?? '').trim()
    if (text.length < 2) return note(c.id, { key: 'audit.rejectNoteNeeded', kind: 'error' })
    setBusy(true)
    setNotice(null)
    try {
      const r = await rejectChange(c.id, text)
      if (r.code !== 0) return note(c.id, { key: auditErrorKey(r.code) ?? 'error.internal', kind: 'error' })
      setNotice('audit.rejected')
      await load()
    } finally {
      setBusy(false)
    }
  }

  const setRejectNote = (id: string, v: string) => setRejectNotes((n) => ({ ...n, [id]: v }))

  return { queue, error, notice, busy, cardNotes, rejectNotes, setRejectNote, load, approve, reject }
}
