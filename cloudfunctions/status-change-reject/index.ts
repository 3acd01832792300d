// 转码驳回 — an auditor rejects a pending (or held) manual change.
import { statusChangeReject } from '@core/api/contract/review'
import { defineFunction } from '../../server/runtime/define-function'

export const main = defineFunction(statusChangeReject, {
  access: ['auditor'],
  run: (input, { useCases, actor }) => useCases.review.rejectStatusChange.execute(actor, input)
})
