// 身份核验证据 — the binding attempts behind an identity-recovery item: when, which document, numbers masked; nothing of the number's owner (logged).
import { identityRecoveryEvidence } from '@core/api/contract/review'
import { defineFunction } from '../../server/runtime/define-function'

export const main = defineFunction(identityRecoveryEvidence, {
  access: ['auditor'],
  run: (input, { useCases, actor }) => useCases.review.getRecoveryEvidence.execute(actor, input)
})
