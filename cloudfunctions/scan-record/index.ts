// 扫码记录 — a verifier's scans (decided on the phone, possibly offline), each recorded exactly once
// against the verifier's own collection point.
import { z } from 'zod'
import { REASONS } from '@core/credential/reasons'
import { idSchema } from '@core/validation/common'
import { defineFunction } from '../../server/runtime/define-function'
import { RecordScans } from '../../server/usecases/verifier/record-scans'

const scan = z.object({
  idempotencyKey: z.string().regex(/^[A-Za-z0-9-]{8,64}$/),
  scannedAt: z.number().int().positive(),
  valid: z.boolean(),
  updateNeeded: z.boolean(),
  kind: z.enum(['healthcode', 'healthcode-paper', 'dcc']).nullable(),
  reasons: z.array(z.enum(REASONS)).max(REASONS.length),
  status: z.enum(['green', 'yellow', 'red']).nullable(),
  holder: z.string().regex(/^[A-Za-z0-9_-]{11}$/).nullable(),
  holderRegion: z.string().regex(/^\d{6}$/).nullable(),
  offline: z.boolean(),
  pointId: idSchema.nullable().optional()
}).strict()

export const main = defineFunction({
  access: ['verifier'],
  input: z.object({ scans: z.array(scan).min(1).max(200) }).strict(),
  run: ({ scans }, { c, actor }) => new RecordScans({ store: c.store, clock: c.clock }).execute(actor, scans)
})
