// EU dgc-testdata conformance: one test per vector. Our verdict on PREFIX (the vector's CERTIFICATE as the only
// trust entry, VALIDATIONCLOCK as now) must agree with EXPECTEDRESULTS; the PNG is checked on its own.
import { readFileSync, readdirSync, existsSync } from 'fs'
import { basename, join, relative, sep } from 'path'
import jsQR from 'jsqr'
import { verifyDcc } from '@core/dcc/verify-dcc'
import { Reason } from '@core/credential/reasons'

const ROOT = join(__dirname, '../conformance/dcc')
// pngjs ships no types; this is the one call the test needs.
const { PNG } = require('pngjs') as { PNG: { sync: { read(b: Buffer): { width: number; height: number; data: Buffer } } } }

interface Vector {
  JSON?: unknown
  PREFIX?: string
  '2DCODE'?: string
  TESTCTX: { CERTIFICATE?: string; VALIDATIONCLOCK?: string; DESCRIPTION?: string }
  EXPECTEDRESULTS: Record<string, boolean>
}

const TIME: Reason[] = ['expired', 'not-yet-valid']
// Which reasons may explain each failing expectation. EXPECTEDPICTUREDECODE concerns the PNG only.
const FITTING: Record<string, Reason[]> = {
  EXPECTEDUNPREFIX: ['prefix', 'unsupported-version'],
  EXPECTEDB45DECODE: ['base45'],
  EXPECTEDCOMPRESSION: ['decompress'],
  EXPECTEDDECODE: ['cose'],
  EXPECTEDVERIFY: ['bad-signature', 'unknown-key', 'cose'],
  EXPECTEDVALIDJSON: ['cose', 'schema'],
  EXPECTEDSCHEMAVALIDATION: ['schema'],
  EXPECTEDVALIDOBJECT: ['schema'],
  EXPECTEDKEYUSAGE: ['key-usage'],
  EXPECTEDEXPIRATIONCHECK: TIME
}
// known_issues.csv names checks of the reference Python suite; these are the ones this test performs.
const CHECK_OF_TEST: Record<string, string> = {
  test_cose_schema: 'EXPECTEDSCHEMAVALIDATION', test_cose_json: 'EXPECTEDVALIDJSON', test_cbor_json: 'EXPECTEDVALIDJSON',
  test_verification_check: 'EXPECTEDVERIFY', test_expiration_check: 'EXPECTEDEXPIRATIONCHECK', test_expected_key_usage: 'EXPECTEDKEYUSAGE'
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.json') ? [join(dir, e.name)] : [])
}

/** ISO 8601 as the vectors write it: optional fraction, Z or ±hh[:]mm. */
function clockSeconds(s: string): number {
  const m = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(\.\d+)?(Z|([+-])(\d\d):?(\d\d))$/.exec(s)
  if (!m) throw new Error(`unparsed VALIDATIONCLOCK ${s}`)
  const utc = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]) / 1000
  const offset = m[8] === 'Z' ? 0 : (m[9] === '-' ? -1 : 1) * (+m[10] * 3600 + +m[11] * 60)
  return utc - offset
}

function knownIssues(): { country: string; set: string; test: string; url: string }[] {
  const lines = readFileSync(join(ROOT, 'tests/known_issues.csv'), 'utf8').trim().split(/\r?\n/).slice(1)
  return lines.map((l) => { const [test, country, set, url] = l.split(','); return { test, country, set, url } })
}

/** The vector's own PNG, or its sibling file in <country>/png or <country>/2DCode/png (FR omits 2DCODE). */
function pngOf(file: string, v: Vector): Buffer | null {
  if (v['2DCODE']) return Buffer.from(v['2DCODE'], 'base64')
  const country = relative(ROOT, file).split(sep)[0]
  const stem = basename(file, '.json').replace(/_Raw$/, '')
  for (const dir of ['png', '2DCode/png']) {
    for (const name of [stem, stem.replace(/_/g, '-')]) {
      const p = join(ROOT, country, dir, name + '.png')
      if (existsSync(p)) return readFileSync(p)
    }
  }
  return null
}

function decodePng(png: Buffer): string | null {
  try {
    const img = PNG.sync.read(png)
    return jsQR(new Uint8ClampedArray(img.data.buffer, img.data.byteOffset, img.data.length), img.width, img.height)?.data ?? null
  } catch {
    return null
  }
}

const files = walk(ROOT).sort()
const issues = knownIssues()
const stats = { ran: 0, excluded: [] as string[], pictures: 0, picturesMissing: [] as string[] }

describe('EU dgc-testdata conformance', () => {
  afterAll(() => {
    console.log(`DCC vectors: ${files.length} found, ${stats.ran} ran, ${stats.excluded.length} excluded` +
      (stats.excluded.length ? `:\n  ${stats.excluded.join('\n  ')}` : '') +
      `\nPNG checks: ${stats.pictures} ran; no PNG for ${stats.picturesMissing.join(', ') || 'none'}`)
  })

  for (const file of files) {
    const rel = relative(ROOT, file)
    const v: Vector = JSON.parse(readFileSync(file, 'utf8'))
    const country = rel.split(sep)[0].toUpperCase()
    const set = basename(file, '.json')
    const flags = Object.keys(v.EXPECTEDRESULTS)
    const issue = issues.find((i) => i.country === country && (i.set === '' || i.set === set) &&
      flags.includes(CHECK_OF_TEST[i.test]))
    if (issue) {
      const why = `${rel} excluded: known issue ${issue.test} ${issue.url}`
      stats.excluded.push(why)
      test.skip(why, () => undefined)
      continue
    }
    test(`${rel}: ${v.TESTCTX.DESCRIPTION ?? ''}`, () => {
      stats.ran++
      const expected = v.EXPECTEDRESULTS
      if ('EXPECTEDPICTUREDECODE' in expected) {
        const png = pngOf(file, v)
        if (png) {
          stats.pictures++
          expect(decodePng(png) === v.PREFIX).toBe(expected.EXPECTEDPICTUREDECODE)
        } else stats.picturesMissing.push(rel)
      }
      const certs = v.TESTCTX.CERTIFICATE ? [v.TESTCTX.CERTIFICATE] : []
      const result = verifyDcc(v.PREFIX ?? '', certs, clockSeconds(v.TESTCTX.VALIDATIONCLOCK ?? ''))
      expect(result.kind).toBe('dcc')
      const verdictFlags = flags.filter((f) => f !== 'EXPECTEDPICTUREDECODE')
      if (verdictFlags.length === 0) return // e.g. Q1: only the picture is under test
      // Without EXPECTEDEXPIRATIONCHECK time is not under test; a time-only difference agrees.
      const timeTested = 'EXPECTEDEXPIRATIONCHECK' in expected
      const reasons = result.reasons.filter((r) => timeTested || !TIME.includes(r))
      const failing = verdictFlags.filter((f) => expected[f] === false)
      if (failing.length === 0) {
        expect(reasons).toEqual([])
        expect(result.claims).not.toBeNull()
        if (expected.EXPECTEDVALIDJSON && v.JSON) expect(result.claims!.dcc).toEqual(v.JSON)
      } else {
        expect(result.valid).toBe(false)
        // Claims survive only failures found after a good signature on schema-valid data.
        if (!failing.every((f) => f === 'EXPECTEDKEYUSAGE' || f === 'EXPECTEDEXPIRATIONCHECK')) expect(result.claims).toBeNull()
        const fitting = failing.flatMap((f) => FITTING[f] ?? [])
        expect(reasons.length).toBeGreaterThan(0)
        for (const r of reasons) expect(fitting).toContain(r)
      }
    })
  }
})
