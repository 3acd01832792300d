// Every return code the host can answer is documented, under its stable error name, in docs/api.md's table;
// the table names no code that does not exist. Client-side codes (never sent by the host) are left out.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { CLIENT_SIDE_CODES, ERROR_NAMES, ReturnCode } from '@core/api/return-codes'

const doc = readFileSync(join(__dirname, '..', '..', 'docs', 'api.md'), 'utf8')
const table = new Map([...doc.matchAll(/^\| (\d+) \| ([a-z_—]+) \|/gm)].map(m => [Number(m[1]), m[2]]))
const hostCodes = Object.values(ReturnCode).filter(c => !CLIENT_SIDE_CODES.has(c))

it.each(hostCodes.map(c => [c, ERROR_NAMES[c]]))('documents %i (%s)', (code, name) => {
  expect(table.get(code as number)).toBe(code === ReturnCode.OK ? '—' : name)
})

it('documents no code the host does not have', () => {
  expect([...table.keys()].filter(c => !hostCodes.includes(c as never))).toEqual([])
})
