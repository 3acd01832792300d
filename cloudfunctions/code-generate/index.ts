// 制码 — a fresh signed credential for the caller's phone (device key); a new key binds a new phone.
import { codeGenerate } from '@core/api/contract/citizen'
import { defineFunction } from '../../server/runtime/define-function'

export const main = defineFunction(codeGenerate, {
  access: 'account',
  run: (input, { useCases, actor }) => useCases.citizen.generateCode.execute(actor, input)
})
