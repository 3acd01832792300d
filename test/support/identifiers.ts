// Every phone and ID number the tests use, and every server log file they produce, are written down here
// so that `npm test` can end by checking that no log contains any of them (scripts/check-logs.mjs).
import { appendFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'

const dir = join(__dirname, '..', '..', '.tmp', 'test-run')

function note(file: string, value: string): void {
  try {
    mkdirSync(dir, { recursive: true })
    appendFileSync(join(dir, file), value + '\n')
  } catch { /* bookkeeping only */ }
}

export const recordIdentifier = (value: string) => note('identifiers.txt', value)
export const recordLogFile = (path: string) => note('logs.txt', path)

/** Phones and ID numbers anywhere in a request body (phone, otherPhone, idNumber…). */
export function recordIdentifiersIn(body: unknown): void {
  if (!body || typeof body !== 'object') return
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    if (typeof value === 'string' && /phone|idnumber/i.test(key) && value.length >= 11) recordIdentifier(value)
    else if (value && typeof value === 'object') recordIdentifiersIn(value)
  }
}
