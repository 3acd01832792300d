// 转码申请 — an auditor asks for a manual status change (reason, note, linked evidence); it stays pending
// and changes nothing until a second, different auditor approves.
import { statusChangeRequest } from '@core/api/contract/review'
import { defineFunction } from '../../server/runtime/define-function'

export const main = defineFunction(statusChangeRequest, {
  access: ['auditor'],
  run: (input, { useCases, actor }) => useCases.review.requestStatusChange.execute(actor, input)
})
