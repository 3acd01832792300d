// 代领亮码 — a code for the person who granted "hold and show", bound to the relative's own phone.
import { grantCode } from '@core/api/contract/grants'
import { defineFunction } from '../../server/runtime/define-function'

export const main = defineFunction(grantCode, {
  access: 'account',
  run: (input, { useCases, actor }) => useCases.grants.getGrantCode.execute(actor, input)
})
