// 验证码登录 — sign in with the phone number and its one-time code; returns a session token.
import { z } from 'zod'
import { definePublicFunction } from '../../server/runtime/define-function'
import { otpSchema, phoneSchema } from '@core/validation/common'
import { VerifyOtp } from '../../server/usecases/auth/verify-otp'
import { openSession } from '../../server/runtime/use-cases/shared'

export const main = definePublicFunction({
  access: 'public',
  input: z.object({ phone: phoneSchema, code: otpSchema }).strict(),
  // On WeChat the caller is already known by OPENID: proving a phone number links that identity to its account.
  run: ({ phone, code }, { c, platform, platformLink }) =>
    new VerifyOtp({ store: c.store, pii: c.pii, clock: c.clock, policy: c.config.otp, openSession: openSession(c) }).execute(phone, code, platform, platformLink)
})
