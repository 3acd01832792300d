// 申请代领 — a relative asks the holder (by their phone number) to view their status or hold their code;
// pending until the holder accepts in their app or, for someone who cannot, an auditor confirms in person.
import { grantRequest } from '@core/api/contract/grants'
import { defineFunction } from '../../server/runtime/define-function'

export const main = defineFunction(grantRequest, {
  access: 'account',
  run: (input, { useCases, actor }) => useCases.grants.requestGrant.execute(actor, input)
})
