// 退出登录 — end this session.
import { authLogout } from '@core/api/contract/auth'
import { defineFunction } from '../../server/runtime/define-function'

export const main = defineFunction(authLogout, {
  access: 'account',
  run: (_input, { useCases, actor }) => useCases.auth.endSession.execute(actor)
})
