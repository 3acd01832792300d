// Deciding a case: upheld or rejected, a reason from the fixed list and a note; upholding may ask for a
// status change with its own reason, which then waits for a second auditor like any manual change.
import { useState } from 'react'
import { CHANGE_REASONS, DECISION_REASONS } from '@core/review/reason-codes'
import type { CaseDecision, CaseKind } from '@core/api/contract/review'
import type { HealthStatus } from '@core/credential/format'
import type { MessageKey } from '@/i18n'
import { decideCase } from './auditor-api'
import { auditErrorKey } from './messages'

export interface DecisionForm {
  outcome: 'upheld' | 'rejected' | null
  reasonCode: string | null
  note: string
  withChange: boolean
  toStatus: HealthStatus | null
  changeReason: string | null
}

const empty = (): DecisionForm => ({ outcome: null, reasonCode: null, note: '', withChange: false, toStatus: null, changeReason: null })

export function checkDecision(f: DecisionForm): MessageKey | null {
  if (!f.outcome) return 'auditCase.outcomeNeeded'
  if (!f.reasonCode || !DECISION_REASONS[f.reasonCode]) return 'audit.form.reasonNeeded'
  if (f.note.trim().length < 2) return 'audit.form.noteNeeded'
  if (f.outcome === 'upheld' && f.withChange && (!f.toStatus || !f.changeReason || !CHANGE_REASONS[f.changeReason])) return 'auditCase.changeIncomplete'
  return null
}

export function useCaseDecision(kind: CaseKind | null, caseId: string, onDecided: () => void) {
  const [form, setFormState] = useState<DecisionForm>(empty)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<MessageKey | null>(null)
  const [result, setResult] = useState<CaseDecision | null>(null)

  const setForm = (patch: Partial<DecisionForm>) => {
    setFormState((f) => ({ ...f, ...patch }))
    setError(null)
  }

  const submit = async () => {
    const problem = checkDecision(form)
    if (problem || !kind) return setError(problem ?? 'staffCommon.notFound')
    setBusy(true)
    try {
      const change = form.outcome === 'upheld' && form.withChange ? { toStatus: form.toStatus!, reasonCode: form.changeReason! } : undefined
      const r = await decideCase({ kind, caseId, outcome: form.outcome!, reasonCode: form.reasonCode!, note: form.note.trim(), ...(change ? { change } : {}) })
      if (r.code !== 0 || !r.data) return setError(auditErrorKey(r.code))
      setResult(r.data)
      setFormState(empty())
      onDecided()
    } finally {
      setBusy(false)
    }
  }

  return { form, busy, error, result, setForm, submit }
}
