// 健康申报 — health declaration (GB/T 38963); the first one also binds the real name (ID number encrypted).
import { healthDeclare } from '@core/api/contract/citizen'
import { defineFunction } from '../../server/runtime/define-function'

export const main = defineFunction(healthDeclare, {
  access: 'account',
  run: (input, { useCases, actor, locale, ip }) => useCases.citizen.declareHealth.execute(actor, input, locale, ip)
})
