// 支付宝登录 — exchange the client's my.getAuthCode code (alipay.system.oauth.token) for a session.
import { authAlipay } from '@core/api/contract/auth'
import { definePublicFunction } from '../../server/runtime/define-function'

export const main = definePublicFunction(authAlipay, {
  access: 'public',
  run: (input, { useCases }) => useCases.auth.signInWithAlipay.execute(input)
})
