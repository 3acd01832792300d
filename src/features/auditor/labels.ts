// Words for the console's codes. Catalog lookups that may miss (a category or reason the app does not
// know yet) fall back to the code itself rather than showing a key.
import type { CaseKind, CaseState, ChangeState } from '@core/api/contract/review'
import { CHANGE_REASONS, DECISION_REASONS } from '@core/review/reason-codes'
import { reasonText } from '@core/rules/reason-texts'
import type { Lang, MessageKey } from '@/i18n'

type T = (key: MessageKey, vars?: Record<string, string | number>) => string

export function labelOr(t: T, key: string, fallback: string): string {
  const text = t(key as MessageKey)
  return text === key ? fallback : text
}

export const textIn = (lang: Lang, x: { zh: string; en: string } | null | undefined) => (x ? (lang === 'en' ? x.en : x.zh) : '')

export const changeReason = (lang: Lang, code: string) => textIn(lang, CHANGE_REASONS[code] ?? { zh: code, en: code })
export const decisionReason = (lang: Lang, code: string) => textIn(lang, DECISION_REASONS[code] ?? { zh: code, en: code })
export const statusReason = (lang: Lang, code: string | null) => textIn(lang, reasonText(code))

/** The case a change was linked to, if any, so the approver can open its evidence. */
export function linkedCase(evidence: { kind: string; ref: string }[] | undefined): { kind: CaseKind; id: string } | null {
  const e = (evidence ?? []).find((x) => x.kind === 'correction' || x.kind === 'appeal' || x.kind === 'flag')
  return e ? { kind: e.kind as CaseKind, id: e.ref } : null
}

export const CASE_STATE: Record<CaseState, { icon: string; key: MessageKey }> = {
  open: { icon: '◷', key: 'audit.caseState.open' },
  'in-review': { icon: '⟳', key: 'audit.caseState.in-review' },
  upheld: { icon: '✓', key: 'audit.caseState.upheld' },
  rejected: { icon: '⊘', key: 'audit.caseState.rejected' }
}

export const CHANGE_STATE: Record<ChangeState, { icon: string; key: MessageKey }> = {
  pending: { icon: '◷', key: 'audit.changeState.pending' },
  held: { icon: '⏸', key: 'audit.changeState.held' },
  approved: { icon: '✓', key: 'audit.changeState.approved' },
  rejected: { icon: '⊘', key: 'audit.changeState.rejected' }
}
