// 转码审批 — a second, different auditor approves a pending manual change; above the bulk threshold it is
// held and the region's admins are alarmed.
import { z } from 'zod'
import { idSchema } from '@core/validation/common'
import { defineFunction } from '../../server/runtime/define-function'
import { decideChange } from '../../server/runtime/use-cases/shared'

export const main = defineFunction({
  access: ['auditor'],
  input: z.object({ changeId: idSchema }).strict(),
  run: ({ changeId }, { c, actor }) => decideChange(c).approve(actor, changeId)
})
