// A request to an auditor (a correction, an appeal): a description of 5 to 500 characters, as the host
// checks it, and up to 3 images. The same state and messages for both pages.
import { useState } from 'react'
import { ReturnCode, type FunctionResult } from '@core/api/return-codes'
import type { CaseOpened } from '@core/api/contract/citizen'
import { DESCRIPTION_MIN } from '@core/validation/case-request'
import { formatReference } from '@core/validation/reference-number'
import type { MessageKey } from '@/i18n'
import { citizenErrorKey } from './messages'
import type { Attachment } from './types'
import { useAttachments } from './use-attachments'

export type SendCase = (description: string, attachments: Attachment[]) => Promise<FunctionResult<CaseOpened>>

export function useCaseForm(send: SendCase, onSent: () => void) {
  const [description, setDescription] = useState('')
  const [issue, setIssue] = useState<string | null>(null)
  const [general, setGeneral] = useState<MessageKey | null>(null)
  const [sent, setSent] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const attachments = useAttachments()

  const submit = async () => {
    const text = description.trim()
    if (text.length === 0) return setIssue('required')
    if (text.length < DESCRIPTION_MIN) return setIssue('too_short')
    setBusy(true)
    setGeneral(null)
    const r = await send(text, attachments.payload())
    setBusy(false)
    if (r.code === ReturnCode.OK && r.data) {
      // The short reference, grouped for reading out on a hotline (an older host answered only the id).
      setSent(r.data.reference ? formatReference(r.data.reference) : r.data.id)
      setDescription('')
      attachments.clear()
      onSent()
      return
    }
    const first = r.issues?.[0]
    if (r.code === ReturnCode.INVALID_INPUT && first && !first.path.startsWith('attachments')) setIssue(first.code)
    else if (r.code === ReturnCode.INVALID_INPUT || r.code === 41301) setGeneral('attach.rejected')
    else setGeneral(citizenErrorKey(r.code) ?? 'error.internal')
  }

  return {
    description, issue, general, sent, busy, submit, attachments,
    setDescription: (v: string) => { setDescription(v); setIssue(null) }
  }
}
