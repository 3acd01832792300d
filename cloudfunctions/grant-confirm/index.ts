// 核实代领 — an auditor who checked the relationship in person confirms a pending grant.
import { z } from 'zod'
import { idSchema } from '@core/validation/common'
import { defineFunction } from '../../server/runtime/define-function'
import { ManageGrants, grantView } from '../../server/usecases/grants/manage-grants'

export const main = defineFunction({
  access: ['auditor'],
  input: z.object({ grantId: idSchema, note: z.string().trim().min(2, 'too_short').max(200) }).strict(),
  run: ({ grantId, note }, { c, actor }) => new ManageGrants(c).confirm(actor, grantId, note).then(grantView)
})
