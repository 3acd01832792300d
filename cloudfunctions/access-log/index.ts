// 访问记录 — every access to the caller's code or status: scans, relatives' views, staff reads.
import { z } from 'zod'
import { defineFunction } from '../../server/runtime/define-function'
import { AccessLog } from '../../server/usecases/citizen/access-log'

export const main = defineFunction({
  access: 'account',
  input: z.object({}).strict(),
  run: (_input, { c, actor }) => new AccessLog(c).execute(actor)
})
