// 转码驳回 — an auditor rejects a pending (or held) manual change.
import { z } from 'zod'
import { idSchema } from '@core/validation/common'
import { defineFunction } from '../../server/runtime/define-function'
import { decideChange } from '../../server/runtime/use-cases/shared'

export const main = defineFunction({
  access: ['auditor'],
  input: z.object({ changeId: idSchema, note: z.string().trim().min(2, 'too_short').max(500) }).strict(),
  run: ({ changeId, note }, { c, actor }) => decideChange(c).reject(actor, changeId, note)
})
