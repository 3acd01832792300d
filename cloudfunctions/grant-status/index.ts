// 亲友状态 — the status of a person who granted the caller a view (logged as a read of their data).
import { z } from 'zod'
import { idSchema } from '@core/validation/common'
import { defineFunction } from '../../server/runtime/define-function'
import { GrantAccess } from '../../server/usecases/grants/grant-access'

export const main = defineFunction({
  access: 'account',
  input: z.object({ grantId: idSchema }).strict(),
  run: ({ grantId }, { c, actor }) => new GrantAccess(c).status(actor, grantId)
})
