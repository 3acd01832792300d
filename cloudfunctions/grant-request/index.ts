// 申请代领 — a relative asks to hold the code of someone who cannot confirm it themselves; an auditor
// who checked the relationship in person confirms it.
import { grantRequest } from '@core/api/contract/grants'
import { defineFunction } from '../../server/runtime/define-function'

export const main = defineFunction(grantRequest, {
  access: 'account',
  run: (input, { useCases, actor }) => useCases.grants.requestGrant.execute(actor, input)
})
