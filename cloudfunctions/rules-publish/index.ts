// 发布规则 — a region admin uploads a rule set signed OFFLINE with the region's rules key
// (`healthcode rules sign`); the host verifies it, never signs it, and re-audits every citizen.
import { z } from 'zod'
import { defineFunction } from '../../server/runtime/define-function'
import { PublishRules } from '../../server/usecases/rules/publish-rules'

export const main = defineFunction({
  access: ['admin'],
  input: z.object({ signed: z.object({ ruleSet: z.unknown(), cose: z.unknown() }).passthrough() }).strict(),
  run: ({ signed }, { c, actor, locale }) =>
    new PublishRules({ store: c.store, clock: c.clock, trust: () => ({ issuers: c.keys.trustEntries() }), startJob: job => { void c.jobs.start(job) } })
      .publish(actor, signed as never, locale)
})
