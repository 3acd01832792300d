// 明细导出 — non-green statuses of the region, pseudonymous, only with a named purpose that is logged.
import { z } from 'zod'
import { defineFunction } from '../../server/runtime/define-function'
import { Exports } from '../../server/usecases/exports/exports'

export const main = defineFunction({
  access: ['admin'],
  input: z.object({ purpose: z.string().trim().min(10, 'too_short').max(200) }).strict(),
  run: ({ purpose }, { c, actor }) => new Exports(c).records(actor, purpose)
})
