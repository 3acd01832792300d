// 导入驳回 — an admin rejects an import's preview; nothing is stored.
import { z } from 'zod'
import { idSchema } from '@core/validation/common'
import { defineFunction } from '../../server/runtime/define-function'
import { DecideImport } from '../../server/usecases/imports/decide-import'
import { importView } from '../../server/usecases/imports/import-view'

export const main = defineFunction({
  access: ['admin'],
  input: z.object({ importId: idSchema, reason: z.string().trim().min(2).max(200) }).strict(),
  run: async ({ importId, reason }, { c, actor }) => importView(c.store, await new DecideImport(c).reject(actor, importId, reason))
})
