// 修改工作人员 — change role or collection point, or disable (which ends their sessions).
import { z } from 'zod'
import { defineFunction } from '../../server/runtime/define-function'
import { idSchema, shortText } from '@core/validation/common'
import { UpdateStaff } from '../../server/usecases/staff/update-staff'

export const main = defineFunction({
  access: ['admin'],
  input: z.object({
    staffId: idSchema,
    role: z.enum(['verifier', 'auditor', 'admin']).optional(),
    pointId: idSchema.nullable().optional(),
    status: z.enum(['active', 'disabled']).optional(),
    displayName: shortText(40).optional()
  }).strict(),
  run: (input, { c, actor }) => new UpdateStaff({ store: c.store, clock: c.clock, pii: c.pii }).execute(actor, input)
})
