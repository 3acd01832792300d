// 导入记录 — the region's imports, newest first.
import { importList } from '@core/api/contract/imports'
import { defineFunction } from '../../server/runtime/define-function'

export const main = defineFunction(importList, {
  access: ['admin'],
  run: (_input, { useCases, actor }) => useCases.imports.listImports.execute(actor)
})
