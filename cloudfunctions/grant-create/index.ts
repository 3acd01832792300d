// 授权亲友 — the holder lets a relative (by their phone number) view their status, or hold and show their code.
import { z } from 'zod'
import { phoneSchema } from '@core/validation/common'
import { defineFunction } from '../../server/runtime/define-function'
import { ManageGrants, grantView } from '../../server/usecases/grants/manage-grants'

export const main = defineFunction({
  access: 'account',
  input: z.object({ otherPhone: phoneSchema, scope: z.enum(['view', 'hold']), purpose: z.string().trim().min(2, 'too_short').max(100), days: z.number().int().min(1).max(365) }).strict(),
  run: (input, { c, actor }) => new ManageGrants(c).grant(actor, input).then(grantView)
})
