// 接受代领授权 — the person an offer or request waits for accepts it in their own app; it becomes active.
import { grantAccept } from '@core/api/contract/grants'
import { defineFunction } from '../../server/runtime/define-function'

export const main = defineFunction(grantAccept, {
  access: 'account',
  run: (input, { useCases, actor }) => useCases.grants.acceptGrant.execute(actor, input)
})
