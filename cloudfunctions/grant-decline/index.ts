// 拒绝代领授权 — the person an offer or request waits for declines it; it ends, and the opener sees it declined.
import { grantDecline } from '@core/api/contract/grants'
import { defineFunction } from '../../server/runtime/define-function'

export const main = defineFunction(grantDecline, {
  access: 'account',
  run: (input, { useCases, actor }) => useCases.grants.declineGrant.execute(actor, input)
})
