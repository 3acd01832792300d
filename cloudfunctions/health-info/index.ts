// 健康信息查询 — the caller's own status, reason, exit condition and history (GB/T 38963).
import { healthInfo } from '@core/api/contract/citizen'
import { defineFunction } from '../../server/runtime/define-function'

export const main = defineFunction(healthInfo, {
  access: 'account',
  run: (_input, { useCases, actor }) => useCases.citizen.getHealthInfo.execute(actor)
})
