// 现行规则 — the status rules in force, public: anyone can read why a colour is given and how it ends.
import { rulesCurrent } from '@core/api/contract/rules'
import { definePublicFunction } from '../../server/runtime/define-function'

export const main = definePublicFunction(rulesCurrent, {
  access: 'public',
  run: (input, { useCases }) => useCases.rules.getCurrentRules.execute(input)
})
