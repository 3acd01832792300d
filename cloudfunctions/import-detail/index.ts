// 导入详情 — one import: progress, accepted and rejected rows with reasons, preview, re-audit progress.
import { z } from 'zod'
import { AppError } from '@core/api/app-error'
import { idSchema } from '@core/validation/common'
import { defineFunction } from '../../server/runtime/define-function'
import { importView } from '../../server/usecases/imports/import-view'

export const main = defineFunction({
  access: ['admin'],
  input: z.object({ importId: idSchema }).strict(),
  run: async ({ importId }, { c, actor }) => {
    const imp = await c.store.imports.find(importId)
    if (!imp || imp.region !== actor.staff!.region) throw new AppError('NOT_FOUND', 'import')
    return importView(c.store, imp)
  }
})
