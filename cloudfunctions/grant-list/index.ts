// 授权列表 — grants the caller gave and holds, the other party masked.
import { z } from 'zod'
import { defineFunction } from '../../server/runtime/define-function'
import { ManageGrants } from '../../server/usecases/grants/manage-grants'

export const main = defineFunction({
  access: 'account',
  input: z.object({}).strict(),
  run: (_input, { c, actor }) => new ManageGrants(c).list(actor)
})
