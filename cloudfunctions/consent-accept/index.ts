// 同意隐私告知 — records the caller's consent to the privacy notice, with its version.
import { consentAccept } from '@core/api/contract/citizen'
import { defineFunction } from '../../server/runtime/define-function'

export const main = defineFunction(consentAccept, {
  access: 'account',
  run: (input, { useCases, actor }) => useCases.citizen.acceptConsent.execute(actor, input)
})
