// 待核实代领 — relatives' requests in the auditor's region awaiting an in-person check (both people masked).
import { z } from 'zod'
import { defineFunction } from '../../server/runtime/define-function'
import { ManageGrants } from '../../server/usecases/grants/manage-grants'

export const main = defineFunction({
  access: ['auditor'],
  input: z.object({}).strict(),
  run: (_input, { c, actor }) => new ManageGrants(c).pending(actor)
})
