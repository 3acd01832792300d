// 验证码登录 — sign in with the phone number and its one-time code; returns a session token.
import { authOtpVerify } from '@core/api/contract/auth'
import { definePublicFunction } from '../../server/runtime/define-function'

export const main = definePublicFunction(authOtpVerify, {
  access: 'public',
  // On WeChat the caller is already known by OPENID: proving a phone number links that identity to its account.
  run: (input, { useCases, platform, platformLink }) => useCases.auth.verifyOtp.execute(input, platform, platformLink)
})
