// 代领亮码 — a code for the person who granted "hold and show", bound to the relative's own phone.
import { z } from 'zod'
import { idSchema } from '@core/validation/common'
import { defineFunction } from '../../server/runtime/define-function'
import { GrantAccess } from '../../server/usecases/grants/grant-access'

export const main = defineFunction({
  access: 'account',
  input: z.object({ grantId: idSchema, devicePublicKey: z.string().min(40).max(100) }).strict(),
  run: ({ grantId, devicePublicKey }, { c, actor }) => new GrantAccess(c).code(actor, grantId, devicePublicKey)
})
