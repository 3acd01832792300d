// 行程申报 — trip declaration (GB/T 38963): add trips of the last 14 days; re-audits at once.
import { defineFunction } from '../../server/runtime/define-function'
import { tripsWireSchema } from '../../server/runtime/declaration-input'
import { DeclareTrips } from '../../server/usecases/citizen/declare-trips'
import { citizenDeps } from '../../server/runtime/use-cases/shared'

export const main = defineFunction({
  access: 'account',
  input: tripsWireSchema(),
  run: ({ trips }, { c, actor }) => new DeclareTrips(citizenDeps(c)).trips(actor, trips)
})
