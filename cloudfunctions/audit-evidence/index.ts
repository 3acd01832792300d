// 证据 — the data and rule behind a person's status, and the provenance of each imported record (logged).
import { z } from 'zod'
import { idSchema } from '@core/validation/common'
import { defineFunction } from '../../server/runtime/define-function'
import { Cases } from '../../server/usecases/review/cases'

export const main = defineFunction({
  access: ['auditor'],
  input: z.union([
    z.object({ kind: z.enum(['correction', 'appeal', 'flag']), caseId: idSchema }).strict(),
    z.object({ holder: z.string().regex(/^[A-Za-z0-9_-]{11}$/) }).strict()
  ]),
  run: (subject, { c, actor }) => new Cases(c).evidence(actor, subject)
})
