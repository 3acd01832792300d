// 身份核验申请 — an auditor records the in-person check (the document shows the attempted number) and asks to move the identity; a second auditor must approve.
import { identityRecoveryRequest } from '@core/api/contract/review'
import { defineFunction } from '../../server/runtime/define-function'

export const main = defineFunction(identityRecoveryRequest, {
  access: ['auditor'],
  run: (input, { useCases, actor }) => useCases.review.requestIdentityRecovery.execute(actor, input)
})
