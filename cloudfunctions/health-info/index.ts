// 健康信息查询 — the caller's own status, reason, exit condition and history (GB/T 38963).
import { z } from 'zod'
import { defineFunction } from '../../server/runtime/define-function'
import { GetHealthInfo } from '../../server/usecases/citizen/health-info'

export const main = defineFunction({
  access: 'account',
  input: z.object({}).strict(),
  run: (_input, { c, actor }) => new GetHealthInfo({ store: c.store, clock: c.clock }).execute(actor)
})
