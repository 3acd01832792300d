// 授权亲友 — the holder offers a relative (by their phone number) to view their status, or hold and show their
// code; pending until that person accepts in their app or an auditor confirms in person.
import { grantCreate } from '@core/api/contract/grants'
import { defineFunction } from '../../server/runtime/define-function'

export const main = defineFunction(grantCreate, {
  access: 'account',
  run: (input, { useCases, actor }) => useCases.grants.createGrant.execute(actor, input)
})
