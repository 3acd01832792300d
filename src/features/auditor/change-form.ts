// The manual status-change form, checked on the device the way the host checks it: a holder pseudonym,
// a colour, a reason from the fixed list, a note, and at least one piece of linked evidence.
import { CHANGE_REASONS } from '@core/review/reason-codes'
import type { CaseKind } from '@core/api/contract/review'
import type { HealthStatus } from '@core/credential/format'
import type { MessageKey } from '@/i18n'
import type { ChangeInput } from './auditor-api'

export const EVIDENCE_KINDS = ['document', 'lab', 'import', 'declaration'] as const
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number]

export interface ChangeForm {
  holder: string
  toStatus: HealthStatus | null
  reasonCode: string | null
  note: string
  evidenceKind: EvidenceKind
  evidenceRef: string
}

export type ChangeFormErrors = Partial<Record<keyof ChangeForm, MessageKey>>

export const emptyChangeForm = (holder = ''): ChangeForm => ({ holder, toStatus: null, reasonCode: null, note: '', evidenceKind: 'document', evidenceRef: '' })

export function checkChangeForm(f: ChangeForm, fromCase: boolean): ChangeFormErrors {
  const e: ChangeFormErrors = {}
  if (!/^[A-Za-z0-9_-]{11}$/.test(f.holder.trim())) e.holder = 'audit.form.holderInvalid'
  if (!f.toStatus) e.toStatus = 'audit.form.statusNeeded'
  if (!f.reasonCode || !CHANGE_REASONS[f.reasonCode]) e.reasonCode = 'audit.form.reasonNeeded'
  if (f.note.trim().length < 2) e.note = 'audit.form.noteNeeded'
  // From a case, the case itself is the evidence; otherwise a document number or record is required.
  if (!fromCase && !f.evidenceRef.trim()) e.evidenceRef = 'audit.form.evidenceNeeded'
  return e
}

export function changeInput(f: ChangeForm, fromCase: { kind: CaseKind; id: string } | null): ChangeInput {
  const evidence: ChangeInput['evidence'] = []
  if (fromCase) evidence.push({ kind: fromCase.kind, ref: fromCase.id })
  if (f.evidenceRef.trim()) evidence.push({ kind: f.evidenceKind, ref: f.evidenceRef.trim().slice(0, 100) })
  return { subject: { holder: f.holder.trim() }, toStatus: f.toStatus!, reasonCode: f.reasonCode!, note: f.note.trim(), evidence }
}
