// 导入审批 — a second, different admin of the region approves an import's preview; the affected
// citizens are then re-audited in the background.
import { z } from 'zod'
import { idSchema } from '@core/validation/common'
import { defineFunction } from '../../server/runtime/define-function'
import { DecideImport } from '../../server/usecases/imports/decide-import'
import { importView } from '../../server/usecases/imports/import-view'

export const main = defineFunction({
  access: ['admin'],
  input: z.object({ importId: idSchema }).strict(),
  run: async ({ importId }, { c, actor }) => importView(c.store, await new DecideImport(c).approve(actor, importId))
})
