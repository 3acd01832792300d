// 导入记录 — the region's imports, newest first.
import { z } from 'zod'
import { defineFunction } from '../../server/runtime/define-function'
import { importView } from '../../server/usecases/imports/import-view'

export const main = defineFunction({
  access: ['admin'],
  input: z.object({}).strict(),
  run: async (_input, { c, actor }) => ({
    imports: await Promise.all((await c.store.imports.list(actor.staff!.region, 50)).map(i => importView(c.store, { ...i, rejected: i.rejected.slice(0, 5) })))
  })
})
