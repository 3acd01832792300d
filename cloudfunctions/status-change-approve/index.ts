// 转码审批 — a second, different auditor approves a pending manual change; above the bulk threshold it is
// held and the region's admins are alarmed.
import { statusChangeApprove } from '@core/api/contract/review'
import { defineFunction } from '../../server/runtime/define-function'

export const main = defineFunction(statusChangeApprove, {
  access: ['auditor'],
  run: (input, { useCases, actor }) => useCases.review.approveStatusChange.execute(actor, input)
})
