// 附件 — an attachment of a case, for the auditor handling it (the read is logged).
import { z } from 'zod'
import { idSchema } from '@core/validation/common'
import { defineFunction } from '../../server/runtime/define-function'
import { Cases } from '../../server/usecases/review/cases'

export const main = defineFunction({
  access: ['auditor'],
  input: z.object({ attachmentId: idSchema }).strict(),
  run: ({ attachmentId }, { c, actor }) => new Cases(c).attachment(actor, attachmentId)
})
