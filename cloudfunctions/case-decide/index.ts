// 处理申请 — an auditor upholds or rejects a correction, appeal or flag with a reason from the fixed list;
// upholding with a status change opens a pending change that a second auditor must approve.
import { caseDecide } from '@core/api/contract/review'
import { defineFunction } from '../../server/runtime/define-function'

export const main = defineFunction(caseDecide, {
  access: ['auditor'],
  run: (input, { useCases, actor }) => useCases.review.decideCase.execute(actor, input)
})
