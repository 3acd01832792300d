// 纠错申请 — report wrong trip, test, vaccination or identity data (GB/T 38963 correction), with attachments.
import { z } from 'zod'
import { defineFunction } from '../../server/runtime/define-function'
import { attachmentsSchema } from '../../server/runtime/attachment-input'
import { RequestCorrection } from '../../server/usecases/citizen/request-correction'
import { Cases } from '../../server/usecases/review/cases'

export const main = defineFunction({
  access: 'account',
  input: z.object({
    category: z.enum(['trip', 'test', 'vaccination', 'identity', 'status', 'other']),
    description: z.string().trim().min(5, 'too_short').max(500),
    attachments: attachmentsSchema
  }).strict(),
  run: (input, { c, actor }) => new RequestCorrection({ store: c.store, pii: c.pii, clock: c.clock })
    .execute(actor, input, (tx, caseId, now) => new Cases(c).attach(tx, actor.accountId, caseId, input.attachments, now))
})
