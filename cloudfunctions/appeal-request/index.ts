// 申诉 — appeal against the current status, with attachments; its progress and decision show in the history.
import { z } from 'zod'
import { defineFunction } from '../../server/runtime/define-function'
import { attachmentsSchema } from '../../server/runtime/attachment-input'
import { Cases } from '../../server/usecases/review/cases'

export const main = defineFunction({
  access: 'account',
  input: z.object({ description: z.string().trim().min(5, 'too_short').max(500), attachments: attachmentsSchema }).strict(),
  run: ({ description, attachments }, { c, actor }) => new Cases(c).appeal(actor, description, attachments)
})
