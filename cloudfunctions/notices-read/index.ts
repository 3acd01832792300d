// 标记已读 — mark the caller's notices as read.
import { noticesRead } from '@core/api/contract/citizen'
import { defineFunction } from '../../server/runtime/define-function'

export const main = defineFunction(noticesRead, {
  access: 'account',
  run: (input, { useCases, actor }) => useCases.citizen.readNotices.execute(actor, input)
})
