// 今日概况 — for a region admin: today's scans per collection point and codes issued today.
import { scanStats } from '@core/api/contract/verifier'
import { defineFunction } from '../../server/runtime/define-function'

export const main = defineFunction(scanStats, {
  access: ['admin'],
  run: (_input, { useCases, actor }) => useCases.verifier.getScanStats.execute(actor)
})
