// 附件 — an attachment of a case, for the auditor handling it (the read is logged).
import { auditAttachment } from '@core/api/contract/review'
import { defineFunction } from '../../server/runtime/define-function'

export const main = defineFunction(auditAttachment, {
  access: ['auditor'],
  run: (input, { useCases, actor }) => useCases.review.getAttachment.execute(actor, input)
})
