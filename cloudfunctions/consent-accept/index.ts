// 同意告知 — record consent to the privacy notice, with its version.
import { z } from 'zod'
import { defineFunction } from '../../server/runtime/define-function'
import { Consent } from '../../server/usecases/citizen/consent'

export const main = defineFunction({
  access: 'account',
  input: z.object({ version: z.string().min(1).max(40) }).strict(),
  run: ({ version }, { c, actor }) => new Consent({ store: c.store, clock: c.clock }).accept(actor.accountId, version)
})
