// 健康申报 — health declaration (GB/T 38963); the first one also binds the real name (ID number encrypted).
import { defineFunction } from '../../server/runtime/define-function'
import { declarationWireSchema } from '../../server/runtime/declaration-input'
import { DeclareHealth } from '../../server/usecases/citizen/declare-health'
import { citizenDeps } from '../../server/runtime/use-cases/shared'

export const main = defineFunction({
  access: 'account',
  input: declarationWireSchema(),
  run: (input, { c, actor, locale }) => new DeclareHealth(citizenDeps(c)).execute(actor, input, locale)
})
