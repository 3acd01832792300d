// 处理告警 — a region admin releases a held change (it was already approved by two auditors) or cancels it.
import { alarmResolve } from '@core/api/contract/review'
import { defineFunction } from '../../server/runtime/define-function'

export const main = defineFunction(alarmResolve, {
  access: ['admin'],
  run: (input, { useCases, actor }) => useCases.review.resolveAlarm.execute(actor, input)
})
