// 导入预览 — how many people an import would re-audit and whose status it would change, for an admin of
// the region who may decide it (never its uploader); each reading is logged.
import { importPreview } from '@core/api/contract/imports'
import { defineFunction } from '../../server/runtime/define-function'

export const main = defineFunction(importPreview, {
  access: ['admin'],
  run: (input, { useCases, actor }) => useCases.imports.getImportPreview.execute(actor, input)
})
