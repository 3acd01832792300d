// 当前会话 — who am I: the signed-in account, its roles and region.
import { authSession } from '@core/api/contract/auth'
import { defineFunction } from '../../server/runtime/define-function'

export const main = defineFunction(authSession, {
  access: 'account',
  run: (_input, { useCases, actor }) => useCases.auth.getSession.execute(actor)
})
