// 隐私告知同意状态 — whether the caller has accepted the privacy notice in force.
import { consentStatus } from '@core/api/contract/citizen'
import { defineFunction } from '../../server/runtime/define-function'

export const main = defineFunction(consentStatus, {
  access: 'account',
  run: (_input, { useCases, actor }) => useCases.citizen.getConsent.execute(actor)
})
