// 身份核验 (identity recovery) in the auditor's queue: accounts frozen for binding after trying an ID number
// that belongs to another account. The attempts load on demand (a logged read). One auditor records the
// in-person check against a conflicting attempt; a second approves the move (the requester's own Approve
// stays possible to press: the host refuses it, 40305, and the card says why); or an auditor closes it.
import { useState } from 'react'
import type { RecoveryEvidence, RecoveryItem } from '@core/api/contract/review'
import type { MessageKey } from '@/i18n'
import { approveRecovery, closeRecovery, fetchRecoveryEvidence, requestRecovery } from './auditor-api'
import { auditErrorKey } from './messages'
import type { CardNote } from './use-audit-queue'

export function useIdentityRecovery(reload: () => Promise<void>) {
  const [evidence, setEvidence] = useState<Record<string, RecoveryEvidence>>({})
  const [notes, setNotes] = useState<Record<string, string>>({})
  const [cardNotes, setCardNotes] = useState<Record<string, CardNote>>({})
  const [done, setDone] = useState<MessageKey | null>(null)
  const [busy, setBusy] = useState(false)

  const note = (id: string, n: CardNote | null) => setCardNotes((all) => {
    const next = { ...all }
    if (n) next[id] = n
    else delete next[id]
    return next
  })
  const fail = (id: string, code: number) => note(id, { key: auditErrorKey(code) ?? 'error.internal', kind: 'error' })

  const show = async (item: RecoveryItem) => {
    note(item.id, null)
    const r = await fetchRecoveryEvidence(item.id)
    if (r.code === 0 && r.data) setEvidence((all) => ({ ...all, [item.id]: r.data! }))
    else fail(item.id, r.code)
  }

  /** The auditor's note, or a card message asking for one. */
  const noteFor = (item: RecoveryItem): string | null => {
    const text = (notes[item.id] ?? '').trim()
    if (text.length >= 2) return text
    note(item.id, { key: 'recovery.noteNeeded', kind: 'error' })
    return null
  }

  const run = async (item: RecoveryItem, call: () => Promise<{ code: number }>, success: MessageKey) => {
    setBusy(true)
    setDone(null)
    note(item.id, null)
    try {
      const r = await call()
      if (r.code !== 0) return fail(item.id, r.code)
      setDone(success)
      await reload()
      if (evidence[item.id]) await show(item)
    } finally {
      setBusy(false)
    }
  }

  const request = (item: RecoveryItem, attemptId: string) => {
    const text = noteFor(item)
    return text ? run(item, () => requestRecovery(item.id, attemptId, text), 'recovery.requested') : Promise.resolve()
  }
  const approve = (item: RecoveryItem) => run(item, () => approveRecovery(item.id), 'recovery.moved')
  const close = (item: RecoveryItem) => {
    const text = noteFor(item)
    return text ? run(item, () => closeRecovery(item.id, text), 'recovery.closed') : Promise.resolve()
  }
  const setNote = (id: string, v: string) => setNotes((n) => ({ ...n, [id]: v }))

  return { evidence, notes, setNote, cardNotes, done, busy, show, request, approve, close }
}
