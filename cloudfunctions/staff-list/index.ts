// 工作人员列表 — the staff of the admin's region (phone numbers masked).
import { z } from 'zod'
import { defineFunction } from '../../server/runtime/define-function'
import { ListStaff } from '../../server/usecases/staff/list-staff'

export const main = defineFunction({
  access: ['admin'],
  input: z.object({}).strict(),
  run: async (_input, { c, actor }) => ({ staff: await new ListStaff({ store: c.store, pii: c.pii }).execute(actor) })
})
