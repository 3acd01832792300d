// 扫码记录 — a verifier's scans (decided on the phone, possibly offline), each recorded exactly once
// against the verifier's own collection point.
import { scanRecord } from '@core/api/contract/verifier'
import { defineFunction } from '../../server/runtime/define-function'

export const main = defineFunction(scanRecord, {
  access: ['verifier'],
  run: (input, { useCases, actor }) => useCases.verifier.recordScans.execute(actor, input)
})
