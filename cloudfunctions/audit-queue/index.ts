// 审核队列 — corrections, appeals, flagged declarations and pending manual changes of the auditor's region.
import { z } from 'zod'
import { defineFunction } from '../../server/runtime/define-function'
import { Cases } from '../../server/usecases/review/cases'

export const main = defineFunction({
  access: ['auditor'],
  input: z.object({}).strict(),
  run: (_input, { c, actor }) => new Cases(c).queue(actor)
})
