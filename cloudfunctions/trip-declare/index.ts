// 行程申报 — trip declaration (GB/T 38963): add trips of the last 14 days; re-audits at once.
import { tripDeclare } from '@core/api/contract/citizen'
import { defineFunction } from '../../server/runtime/define-function'

export const main = defineFunction(tripDeclare, {
  access: 'account',
  run: (input, { useCases, actor, locale }) => useCases.citizen.declareTrips.execute(actor, input, locale)
})
