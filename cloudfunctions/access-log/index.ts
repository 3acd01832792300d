// 访问记录 — every access to the caller's code or status: scans, relatives' views, staff reads.
import { accessLog } from '@core/api/contract/citizen'
import { defineFunction } from '../../server/runtime/define-function'

export const main = defineFunction(accessLog, {
  access: 'account',
  run: (_input, { useCases, actor }) => useCases.citizen.getAccessLog.execute(actor)
})
