// 退出登录 — end this session.
import { z } from 'zod'
import { defineFunction } from '../../server/runtime/define-function'
import { EndSessions } from '../../server/usecases/auth/end-sessions'

export const main = defineFunction({
  access: 'account',
  input: z.object({}).strict(),
  run: (_input, { c, actor }) => new EndSessions({ store: c.store, clock: c.clock }).thisOne(actor)
})
