// 导入审批 — a second, different admin of the region approves an import's preview; the affected
// citizens are then re-audited in the background.
import { importApprove } from '@core/api/contract/imports'
import { defineFunction } from '../../server/runtime/define-function'

export const main = defineFunction(importApprove, {
  access: ['admin'],
  run: (input, { useCases, actor }) => useCases.imports.approveImport.execute(actor, input)
})
