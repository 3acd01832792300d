// 当前会话 — who am I: the signed-in account, its roles and region.
import { z } from 'zod'
import { defineFunction } from '../../server/runtime/define-function'
import { describeAccount } from '../../server/usecases/auth/open-session'

export const main = defineFunction({
  access: 'account',
  input: z.object({}).strict(),
  run: async (_input, { c, actor }) => ({ account: await describeAccount(c.store, c.pii, actor.accountId), serverTime: c.clock.now() })
})
