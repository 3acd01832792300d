// 统计导出 — counts by status and status changes per day for the admin's region; no individual records.
import { z } from 'zod'
import { defineFunction } from '../../server/runtime/define-function'
import { Exports } from '../../server/usecases/exports/exports'

export const main = defineFunction({
  access: ['admin'],
  input: z.object({}).strict(),
  run: (_input, { c, actor }) => new Exports(c).aggregate(actor)
})
