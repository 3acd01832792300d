// The claims file `healthcode issue` reads (docs/code-format.md, "Claims file"). It holds only what the
// code will carry: masked name and ID, never the full name or ID number.
import { z } from 'zod'
import { UsageError } from './args'

const isoTime = z.string().refine(v => /\d{4}-\d{2}-\d{2}T/.test(v) && !Number.isNaN(Date.parse(v)), 'an ISO 8601 time')

export const claimsFileSchema = z.object({
  holder: z.string().min(1).max(128),
  name: z.string().regex(/^[^*\s]{1,4}\*$/, 'surname followed by *, e.g. 张*'),
  id: z.string().regex(/^[0-9]{2}\*{2,16}[0-9X]{2}$/, 'first and last two characters with * between, e.g. 11**************34'),
  status: z.enum(['green', 'yellow', 'red']).optional(),
  testValidUntil: isoTime.optional(),
  vaccinated: z.boolean().optional(),
  lifetimeHours: z.number().int().positive().optional()
}).strict()

export type ClaimsFile = z.infer<typeof claimsFileSchema>

export function parseClaimsFile(value: unknown): ClaimsFile {
  const r = claimsFileSchema.safeParse(value)
  if (!r.success) {
    const first = r.error.issues[0]
    throw new UsageError(`claims file: ${first.path.join('.') || '(root)'}: ${first.message}`)
  }
  return r.data
}

export function surnameOf(masked: string): string {
  return masked.slice(0, -1)
}

export function idEndsOf(masked: string): string {
  return masked.slice(0, 2) + masked.slice(-2)
}
