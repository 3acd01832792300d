// 消息 — the caller's in-app notices (status changes, decisions on corrections and appeals).
import { noticesList } from '@core/api/contract/citizen'
import { defineFunction } from '../../server/runtime/define-function'

export const main = defineFunction(noticesList, {
  access: 'account',
  run: (_input, { useCases, actor }) => useCases.citizen.listNotices.execute(actor)
})
