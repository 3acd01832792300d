// 导入驳回 — an admin rejects an import's preview; nothing is stored.
import { importReject } from '@core/api/contract/imports'
import { defineFunction } from '../../server/runtime/define-function'

export const main = defineFunction(importReject, {
  access: ['admin'],
  run: (input, { useCases, actor }) => useCases.imports.rejectImport.execute(actor, input)
})
