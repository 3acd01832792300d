// 退出所有设备 — end every session of this account.
import { authLogoutAll } from '@core/api/contract/auth'
import { defineFunction } from '../../server/runtime/define-function'

export const main = defineFunction(authLogoutAll, {
  access: 'account',
  run: (_input, { useCases, actor }) => useCases.auth.endAllSessions.execute(actor)
})
