// The shipped, precompiled DCC schema validator must decide exactly as runtime Ajv (+ ajv-formats) does on the
// same schema, including the inlined helpers (date / date-time formats, ucs2length) — and must be up to date.
import { execFileSync } from 'child_process'
import { readFileSync, readdirSync } from 'fs'
import { join } from 'path'
import { isDccPayload } from '@core/dcc/schema'

const Ajv2020 = require('ajv/dist/2020').default
const addFormats = require('ajv-formats').default
const schema = JSON.parse(readFileSync(join(__dirname, '../conformance/dcc-schema/DCC.combined-schema.json'), 'utf8'))
const ajv = new Ajv2020({ strict: false })
addFormats(ajv)
const reference: (d: unknown) => boolean = ajv.compile(schema)

const ROOT = join(__dirname, '../conformance/dcc')
function walk(d: string): string[] {
  return readdirSync(d, { withFileTypes: true }).flatMap((e) => e.isDirectory() ? walk(join(d, e.name)) : e.name.endsWith('.json') ? [join(d, e.name)] : [])
}
const vectorJson = walk(ROOT).map((f) => JSON.parse(readFileSync(f, 'utf8')).JSON).filter(Boolean)

const base = vectorJson.find((j) => j.t)
const t = base.t[0]
const variants: [string, unknown][] = [
  ['valid test', base],
  ['sc without time zone', { ...base, t: [{ ...t, sc: '2021-05-01T10:00:00' }] }],
  ['sc with offset', { ...base, t: [{ ...t, sc: '2021-05-01T10:00:00+02:00' }] }],
  ['sc with space separator', { ...base, t: [{ ...t, sc: '2021-05-01 10:00:00Z' }] }],
  ['sc leap second', { ...base, t: [{ ...t, sc: '2016-12-31T23:59:60Z' }] }],
  ['sc bad hour', { ...base, t: [{ ...t, sc: '2021-05-01T24:00:00Z' }] }],
  ['sc 30 February', { ...base, t: [{ ...t, sc: '2021-02-30T10:00:00Z' }] }],
  ['tc of 80 astral characters', { ...base, t: [{ ...t, tc: '😀'.repeat(80) }] }],
  ['tc of 81 astral characters', { ...base, t: [{ ...t, tc: '😀'.repeat(81) }] }],
  ['two tests', { ...base, t: [t, t] }],
  ['empty t', { ...base, t: [] }],
  ['t and v', { ...base, v: vectorJson.find((j) => j.v).v }],
  ['no group', { ver: base.ver, nam: base.nam, dob: base.dob }],
  ['fnt lower case', { ...base, nam: { fnt: 'abc' } }],
  ['no standardised name', { ...base, nam: { fn: 'A' } }],
  ['dob year only', { ...base, dob: '1964' }],
  ['dob datetime', { ...base, dob: '1964-01-01T00:00:00' }],
  ['not an object', [base]],
  ['recovery with 29 February 2021', { ver: base.ver, nam: base.nam, dob: base.dob, r: [{ tg: '840539006', fr: '2021-02-29', co: 'AT', is: 'X', df: '2021-03-01', du: '2021-06-01', ci: 'Y' }] }],
  ['recovery with 29 February 2020', { ver: base.ver, nam: base.nam, dob: base.dob, r: [{ tg: '840539006', fr: '2020-02-29', co: 'AT', is: 'X', df: '2021-03-01', du: '2021-06-01', ci: 'Y' }] }]
]

describe('precompiled DCC schema validator', () => {
  test.each(vectorJson.map((j, i) => [i, j]))('vector JSON #%i: same verdict as runtime Ajv', (_i, json) => {
    expect(isDccPayload(json)).toBe(reference(json))
  })
  test.each(variants)('%s: same verdict as runtime Ajv', (_name, data) => {
    expect(isDccPayload(data)).toBe(reference(data))
  })
  test('the variants exercise both verdicts', () => {
    const verdicts = variants.map(([, d]) => isDccPayload(d))
    expect(verdicts).toContain(true)
    expect(verdicts).toContain(false)
  })
  test('the committed generated file matches the generator output', () => {
    expect(() => execFileSync(process.execPath, [join(__dirname, '../../scripts/generate-dcc-schema.mjs'), '--check'], { stdio: 'pipe' })).not.toThrow()
  })
})
