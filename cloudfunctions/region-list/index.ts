// 行政区划 — the GB/T 2260 divisions under a parent (provinces when none), for the trip picker.
import { z } from 'zod'
import { definePublicFunction } from '../../server/runtime/define-function'
import { regionDirectory } from '../../server/adapters/regions/china-division-directory'

export const main = definePublicFunction({
  access: 'public',
  input: z.object({ parent: z.string().regex(/^\d{6}$/, 'region').optional() }).strict(),
  run: async ({ parent }) => ({ regions: regionDirectory().children(parent ?? null) })
})
