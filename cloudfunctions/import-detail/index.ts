// 导入详情 — one import: progress, accepted and rejected rows with reasons, preview, re-audit progress.
import { importDetail } from '@core/api/contract/imports'
import { defineFunction } from '../../server/runtime/define-function'

export const main = defineFunction(importDetail, {
  access: ['admin'],
  run: (input, { useCases, actor }) => useCases.imports.getImport.execute(actor, input)
})
