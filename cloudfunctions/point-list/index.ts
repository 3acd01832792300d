// 采集点列表 — collection points and venues of the caller's region.
import { z } from 'zod'
import { defineFunction } from '../../server/runtime/define-function'
import { ManagePoints } from '../../server/usecases/points/manage-points'

export const main = defineFunction({
  access: ['admin', 'auditor', 'verifier'],
  input: z.object({}).strict(),
  run: async (_input, { c, actor }) => ({ points: await new ManagePoints({ store: c.store, clock: c.clock }).list(actor) })
})
