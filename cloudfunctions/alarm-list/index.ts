// 告警 — bulk-change alarms of the admin's region.
import { alarmList } from '@core/api/contract/review'
import { defineFunction } from '../../server/runtime/define-function'

export const main = defineFunction(alarmList, {
  access: ['admin'],
  run: (_input, { useCases, actor }) => useCases.review.listAlarms.execute(actor)
})
