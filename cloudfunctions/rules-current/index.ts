// 现行规则 — the status rules in force, public: anyone can read why a colour is given and how it ends.
import { z } from 'zod'
import { definePublicFunction } from '../../server/runtime/define-function'
import { regionCodeSchema } from '@core/validation/common'
import { PublishRules } from '../../server/usecases/rules/publish-rules'

export const main = definePublicFunction({
  access: 'public',
  input: z.object({ region: regionCodeSchema.optional() }).strict(),
  run: async ({ region }, { c }) => {
    const r = region ?? c.config.region.code
    const rules = await new PublishRules({ store: c.store, clock: c.clock, trust: () => ({ issuers: c.keys.trustEntries() }), startJob: () => undefined }).current(r)
    return { ...rules, riskAreas: (await c.store.riskAreas.all()).map(a => ({ regionCode: a.regionCode, level: a.level, from: a.from, to: a.to })) }
  }
})
