// The end of `npm test`: no server log the tests produced may contain any phone or ID number they used.
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const dir = join(dirname(fileURLToPath(import.meta.url)), '..', '.tmp', 'test-run')
const lines = f => (existsSync(join(dir, f)) ? readFileSync(join(dir, f), 'utf8').split('\n').filter(Boolean) : [])
const identifiers = [...new Set(lines('identifiers.txt'))].filter(v => v.length >= 11)
const logs = [...new Set(lines('logs.txt'))].filter(p => existsSync(p))
if (identifiers.length === 0 || logs.length === 0) {
  console.error(`log check: nothing to check (${identifiers.length} identifiers, ${logs.length} logs) — the test run recorded none`)
  process.exit(1)
}
const found = []
for (const log of logs) {
  const text = readFileSync(log, 'utf8')
  for (const id of identifiers) if (text.includes(id)) found.push(`${log}: contains ${id.slice(0, 3)}…${id.slice(-2)}`)
}
if (found.length) {
  console.error('log check FAILED: personal identifiers in server logs:\n' + found.join('\n'))
  process.exit(1)
}
console.log(`log check: ${logs.length} server logs, ${identifiers.length} phone and ID numbers used by the tests — none found in any log`)
