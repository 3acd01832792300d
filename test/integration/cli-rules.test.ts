// `healthcode rules sign|verify` and `healthcode certlogic eval`, through the command line alone.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const root = join(__dirname, '..', '..')
const bin = join(root, 'bin', 'healthcode.js')
const rulesJson = join(root, 'docs', 'examples', 'rules.json')

function cli(args: string[], cwd: string, input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, input, encoding: 'utf8' })
  return { code: r.status, out: r.stdout.trim(), err: r.stderr.trim() }
}
const readJson = (dir: string, file: string) => JSON.parse(readFileSync(join(dir, file), 'utf8'))

describe('healthcode rules', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hc-rules-'))

  beforeAll(() => {
    const k = cli(['keygen', '--alg', 'ES256', '--region', '330100', '--use', 'rules', '--out', 'rules-key.json'], dir)
    expect(k.code).toBe(0)
    writeFileSync(join(dir, 'trust.json'), JSON.stringify({ issuers: [JSON.parse(k.out)] }))
    expect(cli(['keygen', '--alg', 'SM2', '--region', '330100', '--out', 'issuer.json'], dir).code).toBe(0)
    expect(cli(['keygen', '--alg', 'SM2', '--region', '330100', '--use', 'rules', '--out', 'other-rules-key.json'], dir).code).toBe(0)
  })

  it('signs the example rule set with the rules key and verifies it', () => {
    const s = cli(['rules', 'sign', '--key', 'rules-key.json', '--in', rulesJson, '--out', 'rules.signed.json'], dir)
    expect(s.code).toBe(0)
    expect(JSON.parse(s.out)).toMatchObject({ out: 'rules.signed.json', region: '330100', id: 'status-default', version: 1, alg: 'ES256' })
    const signed = readJson(dir, 'rules.signed.json')
    expect(signed.ruleSet).toEqual(JSON.parse(readFileSync(rulesJson, 'utf8')))
    expect(typeof signed.cose).toBe('string')
    const v = cli(['rules', 'verify', '--trust', 'trust.json', '--in', 'rules.signed.json'], dir)
    expect(v.code).toBe(0)
    expect(JSON.parse(v.out)).toMatchObject({ valid: true, region: '330100', id: 'status-default', version: 1, alg: 'ES256' })
    expect(JSON.parse(v.out).rules).toContain('red-high-risk-area')
    expect(cli(['rules', 'verify', '--trust', 'trust.json', '--in', 'rules.signed.json', '--current-version', '0'], dir).code).toBe(0)
  })

  it('refuses a version that is not newer than the current one (exit 1, JSON verdict)', () => {
    const v = cli(['rules', 'verify', '--trust', 'trust.json', '--in', 'rules.signed.json', '--current-version', '1'], dir)
    expect(v.code).toBe(1)
    expect(JSON.parse(v.out)).toMatchObject({
      valid: false, code: 'version-not-newer', message: { zh: '规则集版本不高于当前版本' }, detail: 'version 1 is not newer than 1'
    })
  })

  it('refuses an edited readable copy and a key outside the trust list', () => {
    const signed = readJson(dir, 'rules.signed.json')
    signed.ruleSet.rules[0].exit.days = 1
    writeFileSync(join(dir, 'edited.json'), JSON.stringify(signed))
    expect(JSON.parse(cli(['rules', 'verify', '--trust', 'trust.json', '--in', 'edited.json'], dir).out).code).toBe('copy-mismatch')
    expect(cli(['rules', 'sign', '--key', 'other-rules-key.json', '--in', rulesJson, '--out', 'other.signed.json'], dir).code).toBe(0)
    const v = cli(['rules', 'verify', '--trust', 'trust.json', '--in', 'other.signed.json'], dir)
    expect(v.code).toBe(1)
    expect(JSON.parse(v.out).code).toBe('unknown-key')
    writeFileSync(join(dir, 'plain.json'), readFileSync(rulesJson))
    expect(JSON.parse(cli(['rules', 'verify', '--trust', 'trust.json', '--in', 'plain.json'], dir).out).code).toBe('unsigned')
  })

  it('will not sign with a key whose use is not rules (exit 2)', () => {
    const s = cli(['rules', 'sign', '--key', 'issuer.json', '--in', rulesJson, '--out', 'x.json'], dir)
    expect(s.code).toBe(2)
    expect(s.err).toBe('healthcode rules: issuer.json is an "issue" key; rule sets are signed with a rules key (keygen --use rules)')
  })

  it('will not sign an invalid rule set (exit 2, every issue listed)', () => {
    const bad = JSON.parse(readFileSync(rulesJson, 'utf8'))
    bad.version = 0
    bad.rules[0].when = { or: [{ var: 'cases.confirmed' }, true] }
    writeFileSync(join(dir, 'bad.json'), JSON.stringify(bad))
    const s = cli(['rules', 'sign', '--key', 'rules-key.json', '--in', 'bad.json', '--out', 'bad.signed.json'], dir)
    expect(s.code).toBe(2)
    expect(s.err).toBe([
      'healthcode rules: bad.json is not a valid rule set:',
      '  - version: a positive integer',
      '  - rules.0 (red-confirmed).when: unrecognised operator: "or" (in {"or":[{"var":"cases.confirmed"},true]})'
    ].join('\n'))
    expect(readdirSync(dir)).not.toContain('bad.signed.json')
  })

  it('answers usage mistakes with exit 2', () => {
    expect(cli(['rules'], dir).code).toBe(2)
    expect(cli(['rules', 'publish'], dir).code).toBe(2)
    expect(cli(['rules', 'verify', '--trust', 'trust.json', '--in', 'rules.signed.json', '--current-version', 'latest'], dir).code).toBe(2)
    expect(cli(['rules', 'sign', '--key', 'rules-key.json', '--in', 'missing.json', '--out', 'x.json'], dir).code).toBe(2)
  })
})

describe('healthcode certlogic eval', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hc-certlogic-'))
  const write = (file: string, value: unknown) => writeFileSync(join(dir, file), JSON.stringify(value))

  it('prints the result of an expression on data as raw JSON', () => {
    write('logic.json', { if: [{ in: [{ var: 'risk' }, ['high', 'medium']] }, 'yellow', 'green'] })
    write('data.json', { risk: 'medium' })
    expect(cli(['certlogic', 'eval', '--logic', 'logic.json', '--data', 'data.json'], dir)).toEqual({ code: 0, out: '"yellow"', err: '' })
    write('dates.json', { plusTime: [{ var: 'at' }, 14, 'day'] })
    write('at.json', { at: '2026-11-27T08:00:00+08:00' })
    expect(cli(['certlogic', 'eval', '--logic', 'dates.json', '--data', 'at.json'], dir).out).toBe('"2026-12-11T00:00:00.000Z"')
  })

  it('accepts an EU business rule (Logic) and one of our rules (when)', () => {
    write('eu-rule.json', { Identifier: 'GR-EU-0000', Version: '1.0.0', Logic: { '===': [{ var: 'payload.v.0.dn' }, 2] } })
    write('dcc.json', { payload: { v: [{ dn: 2 }] } })
    expect(cli(['certlogic', 'eval', '--logic', 'eu-rule.json', '--data', 'dcc.json'], dir).out).toBe('true')
    const highRisk = JSON.parse(readFileSync(rulesJson, 'utf8')).rules.find((r: { id: string }) => r.id === 'red-high-risk-area')
    write('rule.json', highRisk)
    const facts = {
      now: '2026-11-27T08:00:00+08:00', declaration: null, contacts: { close: false, secondary: false },
      trips: [{ region: '420100', from: '2026-11-18T08:00:00+08:00', to: '2026-11-20T08:00:00+08:00', risk: 'high' }],
      cases: { confirmed: false, suspected: false }, tests: { latestNegativeSampledAt: null, latestPositiveSampledAt: null },
      vaccination: { complete: false }, checkins: { consecutiveDays: 0, lastAt: null }
    }
    write('facts.json', facts)
    expect(cli(['certlogic', 'eval', '--logic', 'rule.json', '--data', 'facts.json'], dir).out).toBe('true')
    write('old-facts.json', { ...facts, now: '2026-12-05T08:00:00+08:00' })
    expect(cli(['certlogic', 'eval', '--logic', 'rule.json', '--data', 'old-facts.json'], dir).out).toBe('false')
  })

  it('reports an invalid expression or a failing evaluation with exit 1', () => {
    write('or.json', { or: [true, false] })
    const r = cli(['certlogic', 'eval', '--logic', 'or.json', '--data', 'data.json'], dir)
    expect(r).toMatchObject({ code: 1, out: '' })
    expect(r.err).toBe('healthcode certlogic: INVALID_EXPRESSION: invalid CertLogic expression: unrecognised operator: "or"')
    write('in.json', { in: ['a', { var: 'risk' }] })
    expect(cli(['certlogic', 'eval', '--logic', 'in.json', '--data', 'data.json'], dir).err).toMatch(/^healthcode certlogic: TYPE_MISMATCH: /)
    expect(cli(['certlogic', 'eval', '--logic', 'missing.json'], dir).code).toBe(2)
  })

  it('--jsonl answers one line per input line, in order, and exits 0', () => {
    const lines = [
      JSON.stringify({ logic: { '+': [{ var: 'a' }, 1] }, data: { a: 41 } }),
      JSON.stringify({ logic: { or: [1, 2] }, data: {} }),
      'not json',
      '',
      JSON.stringify({ logic: { Logic: { var: 'x.0' } }, data: { x: ['first'] } }),
      JSON.stringify({ logic: { '+': [{ var: 'a' }, 1] }, data: { a: 'text' } }),
      JSON.stringify({ data: {} }),
      JSON.stringify({ logic: { '+': [{ var: 'a' }, 1] }, data: { a: 1 } })
    ]
    const r = cli(['certlogic', 'eval', '--jsonl'], dir, lines.join('\n') + '\n')
    expect(r.code).toBe(0)
    const out = r.out.split('\n').map((l) => JSON.parse(l))
    expect(out).toEqual([
      { result: 42 },
      { error: 'INVALID_EXPRESSION: invalid CertLogic expression: unrecognised operator: "or"' },
      { error: 'not a JSON line' },
      { error: 'empty line' },
      { result: 'first' },
      { error: 'TYPE_MISMATCH: operand of "+" must be an integer, got "text"' },
      { error: 'needs {"logic": …, "data": …}' },
      { result: 2 }
    ])
  })
})
