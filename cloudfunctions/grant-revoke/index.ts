// 撤销授权 — either party ends a grant (the opener withdraws one not yet answered); the relative's phone's
// codes for the holder are revoked.
import { grantRevoke } from '@core/api/contract/grants'
import { defineFunction } from '../../server/runtime/define-function'

export const main = defineFunction(grantRevoke, {
  access: 'account',
  run: (input, { useCases, actor }) => useCases.grants.revokeGrant.execute(actor, input)
})
