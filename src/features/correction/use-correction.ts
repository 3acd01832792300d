// 纠错: ask for wrong data to be corrected (GB/T 38963 correction). An auditor handles it.
import { useState } from 'react'
import { CloudCode } from '@/services/cloud-contract'
import { requestCorrection } from '@/features/citizen/citizen-api'
import { citizenErrorKey } from '@/features/citizen/messages'
import type { MessageKey } from '@/i18n'

export const CATEGORIES = ['trip', 'test', 'vaccination', 'identity', 'status', 'other'] as const
export type Category = (typeof CATEGORIES)[number]

export function useCorrection(onSent: () => void) {
  const [category, setCategory] = useState<Category>('trip')
  const [description, setDescription] = useState('')
  const [issue, setIssue] = useState<string | null>(null)
  const [general, setGeneral] = useState<MessageKey | null>(null)
  const [sent, setSent] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const submit = async () => {
    const text = description.trim()
    // Same limits as the function: 5 to 500 characters.
    if (text.length === 0) return setIssue('required')
    if (text.length < 5) return setIssue('too_short')
    setBusy(true)
    setGeneral(null)
    const r = await requestCorrection(category, text)
    setBusy(false)
    if (r.code === CloudCode.OK && r.data) {
      setSent(r.data.id)
      setDescription('')
      onSent()
    } else if (r.code === CloudCode.INVALID_INPUT && r.issues?.[0]) setIssue(r.issues[0].code)
    else setGeneral(citizenErrorKey(r.code) ?? 'error.internal')
  }

  return {
    category, setCategory, description, issue, general, sent, busy, submit,
    setDescription: (v: string) => { setDescription(v); setIssue(null) }
  }
}
