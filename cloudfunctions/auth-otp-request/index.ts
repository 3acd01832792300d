// 获取验证码 — send a one-time sign-in code to a mainland mobile number.
import { authOtpRequest } from '@core/api/contract/auth'
import { definePublicFunction } from '../../server/runtime/define-function'

export const main = definePublicFunction(authOtpRequest, {
  access: 'public',
  run: (input, { useCases, ip }) => useCases.auth.requestOtp.execute(input, ip)
})
