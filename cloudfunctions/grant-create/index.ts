// 授权亲友 — the holder lets a relative (by their phone number) view their status, or hold and show their code.
import { grantCreate } from '@core/api/contract/grants'
import { defineFunction } from '../../server/runtime/define-function'

export const main = defineFunction(grantCreate, {
  access: 'account',
  run: (input, { useCases, actor }) => useCases.grants.createGrant.execute(actor, input)
})
