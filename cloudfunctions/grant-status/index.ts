// 亲友状态 — the status of a person who granted the caller a view (logged as a read of their data).
import { grantStatus } from '@core/api/contract/grants'
import { defineFunction } from '../../server/runtime/define-function'

export const main = defineFunction(grantStatus, {
  access: 'account',
  run: (input, { useCases, actor }) => useCases.grants.getGrantStatus.execute(actor, input)
})
