// 授权列表 — grants the caller gave and holds, and offers and requests waiting for their answer; the other party masked.
import { grantList } from '@core/api/contract/grants'
import { defineFunction } from '../../server/runtime/define-function'

export const main = defineFunction(grantList, {
  access: 'account',
  run: (_input, { useCases, actor }) => useCases.grants.listGrants.execute(actor)
})
