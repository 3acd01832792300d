// 统计导出 — counts by status and status changes per day for the admin's region; no individual records.
import { exportAggregate } from '@core/api/contract/exports'
import { defineFunction } from '../../server/runtime/define-function'

export const main = defineFunction(exportAggregate, {
  access: ['admin'],
  run: (_input, { useCases, actor }) => useCases.exports.exportAggregate.execute(actor)
})
