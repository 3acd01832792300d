// 标记已读 — mark the caller's notices as read.
import { z } from 'zod'
import { idSchema } from '@core/validation/common'
import { defineFunction } from '../../server/runtime/define-function'

export const main = defineFunction({
  access: 'account',
  input: z.object({ ids: z.array(idSchema).min(1).max(100) }).strict(),
  run: async ({ ids }, { c, actor }) => ({ read: await c.store.notices.markRead(actor.accountId, ids, c.clock.now()) })
})
