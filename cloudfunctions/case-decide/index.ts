// 处理申请 — an auditor upholds or rejects a correction, appeal or flag with a reason from the fixed list;
// upholding with a status change opens a pending change that a second auditor must approve.
import { z } from 'zod'
import { idSchema } from '@core/validation/common'
import { CHANGE_REASON_CODES, DECISION_REASON_CODES } from '@core/review/reason-codes'
import { defineFunction } from '../../server/runtime/define-function'
import { Cases } from '../../server/usecases/review/cases'

export const main = defineFunction({
  access: ['auditor'],
  input: z.object({
    kind: z.enum(['correction', 'appeal', 'flag']),
    caseId: idSchema,
    outcome: z.enum(['upheld', 'rejected']),
    reasonCode: z.enum(DECISION_REASON_CODES),
    note: z.string().trim().min(2, 'too_short').max(500),
    change: z.object({ toStatus: z.enum(['green', 'yellow', 'red']), reasonCode: z.enum(CHANGE_REASON_CODES) }).strict().optional()
  }).strict(),
  run: (input, { c, actor }) => new Cases(c).decide(actor, input)
})
