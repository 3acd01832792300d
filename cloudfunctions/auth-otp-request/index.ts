// 获取验证码 — send a one-time sign-in code to a mainland mobile number.
import { z } from 'zod'
import { definePublicFunction } from '../../server/runtime/define-function'
import { phoneSchema } from '@core/validation/common'
import { RequestOtp } from '../../server/usecases/auth/request-otp'

export const main = definePublicFunction({
  access: 'public',
  input: z.object({ phone: phoneSchema }).strict(),
  run: ({ phone }, { c, ip }) => new RequestOtp({ store: c.store, sms: c.sms, pii: c.pii, clock: c.clock, policy: c.config.otp }).execute(phone, ip)
})
