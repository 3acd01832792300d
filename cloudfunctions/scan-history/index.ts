// 核验记录 — the verifier's own recent scans.
import { z } from 'zod'
import { defineFunction } from '../../server/runtime/define-function'
import { ScanReports } from '../../server/usecases/verifier/scan-history'

export const main = defineFunction({
  access: ['verifier'],
  input: z.object({ limit: z.number().int().min(1).max(500).optional() }).strict(),
  run: async ({ limit }, { c, actor }) => ({ scans: await new ScanReports({ store: c.store, clock: c.clock }).history(actor, limit) })
})
