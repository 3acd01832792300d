// 数据导入 — a region admin uploads a CSV/XLSX of risk areas, test results, vaccinations or case lists.
// Rows are checked and previewed; nothing changes anyone's status until a second admin approves.
import { importUpload } from '@core/api/contract/imports'
import { defineFunction } from '../../server/runtime/define-function'

export const main = defineFunction(importUpload, {
  access: ['admin'],
  run: (input, { useCases, actor }) => useCases.imports.uploadImport.execute(actor, input)
})
