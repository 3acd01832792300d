// 转码申请 — an auditor asks for a manual status change (reason, note, linked evidence); it stays pending
// and changes nothing until a second, different auditor approves.
import { z } from 'zod'
import { idSchema } from '@core/validation/common'
import { CHANGE_REASON_CODES } from '@core/review/reason-codes'
import { defineFunction } from '../../server/runtime/define-function'
import { RequestStatusChange } from '../../server/usecases/review/request-change'

export const main = defineFunction({
  access: ['auditor'],
  input: z.object({
    subject: z.union([
      z.object({ caseKind: z.enum(['correction', 'appeal', 'flag']), caseId: idSchema }).strict(),
      z.object({ holder: z.string().regex(/^[A-Za-z0-9_-]{11}$/) }).strict()
    ]),
    toStatus: z.enum(['green', 'yellow', 'red']),
    reasonCode: z.enum(CHANGE_REASON_CODES),
    note: z.string().trim().min(2, 'too_short').max(500),
    evidence: z.array(z.object({ kind: z.enum(['import', 'lab', 'declaration', 'correction', 'appeal', 'flag', 'document']), ref: z.string().min(1).max(100) }).strict()).min(1).max(20)
  }).strict(),
  run: (input, { c, actor }) => new RequestStatusChange({ store: c.store, clock: c.clock, pii: c.pii }).execute(actor, input)
})
