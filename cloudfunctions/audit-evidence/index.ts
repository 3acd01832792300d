// 证据 — the data and rule behind a person's status, and the provenance of each imported record (logged).
import { auditEvidence } from '@core/api/contract/review'
import { defineFunction } from '../../server/runtime/define-function'

export const main = defineFunction(auditEvidence, {
  access: ['auditor'],
  run: (subject, { useCases, actor }) => useCases.review.getEvidence.execute(actor, subject)
})
