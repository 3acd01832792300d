// 每日打卡 — today's check-in with temperature and symptoms; counts towards exit conditions.
import { checkin } from '@core/api/contract/citizen'
import { defineFunction } from '../../server/runtime/define-function'

export const main = defineFunction(checkin, {
  access: 'account',
  run: (input, { useCases, actor }) => useCases.citizen.checkIn.execute(actor, input)
})
