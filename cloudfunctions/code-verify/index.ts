// 验码 — online verification by a verifier (GB/T 38963 verify code): freshest revocations, paper-code
// status lookup, and the scan recorded once.
import { codeVerify } from '@core/api/contract/verifier'
import { defineFunction } from '../../server/runtime/define-function'

export const main = defineFunction(codeVerify, {
  access: ['verifier'],
  run: (input, { useCases, actor }) => useCases.verifier.verifyCode.execute(actor, input)
})
