// 验码 — online verification by a verifier (GB/T 38963 verify code): freshest revocations, paper-code
// status lookup, and the scan recorded once.
import { z } from 'zod'
import { defineFunction } from '../../server/runtime/define-function'
import { VerifyOnline } from '../../server/usecases/verifier/verify-online'

export const main = defineFunction({
  access: ['verifier'],
  input: z.object({ text: z.string().min(4).max(8192), idempotencyKey: z.string().regex(/^[A-Za-z0-9-]{8,64}$/) }).strict(),
  run: (input, { c, actor }) => new VerifyOnline(c).execute(actor, input)
})
