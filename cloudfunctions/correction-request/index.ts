// 纠错申请 — report wrong trip, test, vaccination or identity data (GB/T 38963 correction), with attachments.
import { correctionRequest } from '@core/api/contract/citizen'
import { defineFunction } from '../../server/runtime/define-function'

export const main = defineFunction(correctionRequest, {
  access: 'account',
  run: (input, { useCases, actor }) => useCases.citizen.requestCorrection.execute(actor, input)
})
