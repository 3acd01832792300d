// 撤销授权 — either party ends a grant; the relative's phone's codes for the holder are revoked.
import { z } from 'zod'
import { idSchema } from '@core/validation/common'
import { defineFunction } from '../../server/runtime/define-function'
import { ManageGrants, grantView } from '../../server/usecases/grants/manage-grants'

export const main = defineFunction({
  access: 'account',
  input: z.object({ grantId: idSchema }).strict(),
  run: ({ grantId }, { c, actor }) => new ManageGrants(c).end(actor, grantId).then(grantView)
})
