// 身份核验结案 — not the owner of the number: the item is closed, nothing moves, the account is unfrozen within its lifetime limit.
import { identityRecoveryClose } from '@core/api/contract/review'
import { defineFunction } from '../../server/runtime/define-function'

export const main = defineFunction(identityRecoveryClose, {
  access: ['auditor'],
  run: (input, { useCases, actor }) => useCases.review.closeIdentityRecovery.execute(actor, input)
})
