// 明细导出 — non-green statuses of the region, pseudonymous, only with a named purpose that is logged.
import { exportRecords } from '@core/api/contract/exports'
import { defineFunction } from '../../server/runtime/define-function'

export const main = defineFunction(exportRecords, {
  access: ['admin'],
  run: (input, { useCases, actor }) => useCases.exports.exportRecords.execute(actor, input)
})
