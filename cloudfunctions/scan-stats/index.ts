// 今日概况 — for a region admin: today's scans per collection point and codes issued today.
import { z } from 'zod'
import { defineFunction } from '../../server/runtime/define-function'
import { ScanReports } from '../../server/usecases/verifier/scan-history'

export const main = defineFunction({
  access: ['admin'],
  input: z.object({}).strict(),
  run: (_input, { c, actor }) => new ScanReports({ store: c.store, clock: c.clock, flushCounters: () => c.issued.flush() }).today(actor)
})
