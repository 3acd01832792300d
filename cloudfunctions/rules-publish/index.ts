// 发布规则 — a region admin uploads a rule set signed OFFLINE with the region's rules key
// (`healthcode rules sign`); the host verifies it, never signs it, and re-audits every citizen.
import { rulesPublish } from '@core/api/contract/rules'
import { defineFunction } from '../../server/runtime/define-function'

export const main = defineFunction(rulesPublish, {
  access: ['admin'],
  run: (input, { useCases, actor, locale }) => useCases.rules.publishRules.execute(actor, input, locale)
})
