// 审核队列 — corrections, appeals, flagged declarations and pending manual changes of the auditor's region.
import { auditQueue } from '@core/api/contract/review'
import { defineFunction } from '../../server/runtime/define-function'

export const main = defineFunction(auditQueue, {
  access: ['auditor'],
  run: (_input, { useCases, actor }) => useCases.review.getReviewQueue.execute(actor)
})
