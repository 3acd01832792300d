// Asking for a manual status change. It is only a request: nothing changes until a second, different
// auditor approves it, and the page says so.
import { useEffect, useState } from 'react'
import type { CaseKind, ChangeRequest } from '@core/api/contract/review'
import type { MessageKey } from '@/i18n'
import { requestChange } from './auditor-api'
import { changeInput, checkChangeForm, emptyChangeForm, type ChangeForm, type ChangeFormErrors } from './change-form'
import { auditErrorKey } from './messages'

/** `holder` (from the evidence or the queue) fills the form once it is known. */
export function useChangeRequest(fromCase: { kind: CaseKind; id: string } | null, holder: string | null, onDone?: (c: ChangeRequest) => void) {
  const [form, setFormState] = useState<ChangeForm>(() => emptyChangeForm(holder ?? ''))
  const [errors, setErrors] = useState<ChangeFormErrors>({})
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<MessageKey | null>(null)
  const [made, setMade] = useState<ChangeRequest | null>(null)

  useEffect(() => {
    if (holder) setFormState((f) => (f.holder ? f : { ...f, holder }))
  }, [holder])

  const setForm = (patch: Partial<ChangeForm>) => {
    setFormState((f) => ({ ...f, ...patch }))
    setErrors((e) => {
      const next = { ...e }
      for (const k of Object.keys(patch)) delete next[k as keyof ChangeForm]
      return next
    })
    setMade(null)
  }

  const submit = async () => {
    const problems = checkChangeForm(form, fromCase !== null)
    setErrors(problems)
    setError(null)
    if (Object.keys(problems).length) return
    setBusy(true)
    try {
      const r = await requestChange(changeInput(form, fromCase))
      if (r.code !== 0 || !r.data) return setError(r.code === 40401 ? 'audit.form.personNotFound' : auditErrorKey(r.code))
      setMade(r.data)
      setFormState(emptyChangeForm(form.holder))
      onDone?.(r.data)
    } finally {
      setBusy(false)
    }
  }

  return { form, errors, busy, error, made, setForm, submit }
}
