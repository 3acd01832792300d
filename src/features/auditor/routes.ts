// The auditor console (staff sub-package; laid out for a desktop browser, still builds for weapp/alipay).
import type { CaseKind } from '@core/api/contract/review'

export const AUDITOR_PAGES = {
  queue: '/packages/staff/pages/audit/index',
  case: '/packages/staff/pages/case/index'
} as const

export const caseUrl = (kind: CaseKind, id: string) => `${AUDITOR_PAGES.case}?kind=${kind}&id=${encodeURIComponent(id)}`
/** The case a person's reference names (typed on the queue page; the case page looks it up). */
export const caseByReferenceUrl = (reference: string) => `${AUDITOR_PAGES.case}?ref=${encodeURIComponent(reference)}`
