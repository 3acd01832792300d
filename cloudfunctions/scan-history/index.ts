// 核验记录 — the verifier's own recent scans.
import { scanHistory } from '@core/api/contract/verifier'
import { defineFunction } from '../../server/runtime/define-function'

export const main = defineFunction(scanHistory, {
  access: ['verifier'],
  run: (input, { useCases, actor }) => useCases.verifier.getScanHistory.execute(actor, input)
})
