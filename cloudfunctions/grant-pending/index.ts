// 待核实代领 — offers and requests in the auditor's region awaiting an answer, for an in-person check (both people masked).
import { grantPending } from '@core/api/contract/grants'
import { defineFunction } from '../../server/runtime/define-function'

export const main = defineFunction(grantPending, {
  access: ['auditor'],
  run: (_input, { useCases, actor }) => useCases.grants.listPendingGrants.execute(actor)
})
