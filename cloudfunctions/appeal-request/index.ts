// 申诉 — appeal against the current status, with attachments; its progress and decision show in the history.
import { appealRequest } from '@core/api/contract/citizen'
import { defineFunction } from '../../server/runtime/define-function'

export const main = defineFunction(appealRequest, {
  access: 'account',
  run: (input, { useCases, actor }) => useCases.citizen.requestAppeal.execute(actor, input)
})
