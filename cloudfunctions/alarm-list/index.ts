// 告警 — bulk-change alarms of the admin's region.
import { z } from 'zod'
import { defineFunction } from '../../server/runtime/define-function'

export const main = defineFunction({
  access: ['admin'],
  input: z.object({}).strict(),
  run: async (_input, { c, actor }) => ({ alarms: await c.store.alarms.list(actor.staff!.region, ['open', 'resolved']) })
})
