// 新增工作人员 — a region admin adds a verifier, auditor or admin of the same region.
import { z } from 'zod'
import { defineFunction } from '../../server/runtime/define-function'
import { idSchema, phoneSchema, shortText } from '@core/validation/common'
import { CreateStaff } from '../../server/usecases/staff/create-staff'

export const main = defineFunction({
  access: ['admin'],
  input: z.object({
    phone: phoneSchema,
    displayName: shortText(40),
    role: z.enum(['verifier', 'auditor', 'admin']),
    pointId: idSchema.nullable().optional()
  }).strict(),
  run: (input, { c, actor }) => new CreateStaff({ store: c.store, pii: c.pii, clock: c.clock }).execute(actor, input)
})
