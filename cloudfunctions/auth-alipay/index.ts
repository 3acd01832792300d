// 支付宝登录 — exchange the client's my.getAuthCode code (alipay.system.oauth.token) for a session.
import { z } from 'zod'
import { definePublicFunction } from '../../server/runtime/define-function'
import { alipayFromEnv } from '../../server/adapters/alipay/alipay-oauth'
import { alipaySignIn } from '../../server/usecases/auth/alipay-sign-in'

const alipay = alipayFromEnv()

export const main = definePublicFunction({
  access: 'public',
  input: z.object({ authCode: z.string().trim().min(4).max(128).regex(/^[A-Za-z0-9_-]+$/, 'invalid_format') }).strict(),
  run: ({ authCode }, { c }) => alipaySignIn(c, alipay, authCode)
})
