// 消息 — the caller's in-app notices (status changes, decisions on corrections and appeals).
import { z } from 'zod'
import { defineFunction } from '../../server/runtime/define-function'

export const main = defineFunction({
  access: 'account',
  input: z.object({}).strict(),
  run: async (_input, { c, actor }) => ({ notices: await c.store.notices.list(actor.accountId, 50) })
})
