// 身份核验审批 — a second, different auditor approves moving the identity: the old account loses it (codes revoked, notified).
import { identityRecoveryApprove } from '@core/api/contract/review'
import { defineFunction } from '../../server/runtime/define-function'

export const main = defineFunction(identityRecoveryApprove, {
  access: ['auditor'],
  run: (input, { useCases, actor }) => useCases.review.approveIdentityRecovery.execute(actor, input)
})
