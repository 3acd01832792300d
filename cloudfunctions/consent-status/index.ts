// 告知同意状态 — whether the caller accepted the current privacy notice.
import { z } from 'zod'
import { defineFunction } from '../../server/runtime/define-function'
import { Consent } from '../../server/usecases/citizen/consent'

export const main = defineFunction({
  access: 'account',
  input: z.object({}).strict(),
  run: (_input, { c, actor }) => new Consent({ store: c.store, clock: c.clock }).status(actor.accountId)
})
