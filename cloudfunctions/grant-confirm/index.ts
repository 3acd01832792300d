// 核实代领 — an auditor who checked the relationship in person confirms a pending grant.
import { grantConfirm } from '@core/api/contract/grants'
import { defineFunction } from '../../server/runtime/define-function'

export const main = defineFunction(grantConfirm, {
  access: ['auditor'],
  run: (input, { useCases, actor }) => useCases.grants.confirmGrant.execute(actor, input)
})
