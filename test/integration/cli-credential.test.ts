// The credential acceptance path, using the `healthcode` command line alone, for both issuer algorithms.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const bin = join(__dirname, '..', '..', 'bin', 'healthcode.js')
const claims = join(__dirname, '..', '..', 'docs', 'examples', 'claims.json')

function cli(args: string[], cwd: string, input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd, input, encoding: 'utf8' })
  return { code: r.status, out: r.stdout.trim(), err: r.stderr.trim() }
}

describe.each(['ES256', 'SM2'])('healthcode CLI with %s', alg => {
  const dir = mkdtempSync(join(tmpdir(), 'hc-cli-'))
  // Times relative to now: a new key is valid from the minute it is made.
  const base = Math.floor(Date.now() / 60_000) * 60_000 + 3600_000
  const iso = (offsetS: number) => new Date(base + offsetS * 1000).toISOString()
  const at = iso(0)
  let entry: Record<string, string>

  beforeAll(() => {
    const k = cli(['keygen', '--alg', alg, '--region', '330100', '--out', 'issuer.json'], dir)
    expect(k.code).toBe(0)
    entry = JSON.parse(k.out)
    expect(Object.keys(entry).sort()).toEqual(['alg', 'kid', 'notAfter', 'notBefore', 'publicKey', 'region'])
    writeFileSync(join(dir, 'trust.json'), JSON.stringify({ issuers: [entry] }))
    expect(cli(['keygen', '--device', '--out', 'device.json'], dir).code).toBe(0)
    const issued = cli(['issue', '--key', 'issuer.json', '--claims', claims, '--device-key', 'device.json', '--at', at], dir)
    expect(issued.code).toBe(0)
    writeFileSync(join(dir, 'credential.txt'), issued.out)
    const shown = cli(['present', '--credential', 'credential.txt', '--device-key', 'device.json', '--at', iso(1800)], dir)
    expect(shown.code).toBe(0)
    writeFileSync(join(dir, 'qr.txt'), shown.out)
  })

  const verifyAt = (file: string, when: string, trust = 'trust.json') =>
    cli(['verify', '--trust', trust, '--at', when, '--in', file], dir)

  it('verifies the dynamic code', () => {
    const r = verifyAt('qr.txt', iso(1810))
    expect(r.code).toBe(0)
    expect(JSON.parse(r.out)).toMatchObject({ valid: true, kind: 'healthcode', reasons: [], claims: { name: '张*', id: '11**************34', status: 'green', alg } })
  })

  it('rejects the same text 120 s later as stale', () => {
    const r = verifyAt('qr.txt', iso(1920))
    expect(r.code).toBe(1)
    expect(JSON.parse(r.out).reasons).toEqual(['stale-presentation'])
  })

  it('rejects the text with one character changed', () => {
    const text = readFileSync(join(dir, 'qr.txt'), 'utf8').trim()
    const i = Math.floor(text.length / 2)
    writeFileSync(join(dir, 'changed.txt'), text.slice(0, i) + (text[i] === 'A' ? 'B' : 'A') + text.slice(i + 1))
    const r = verifyAt('changed.txt', iso(1810))
    expect(r.code).toBe(1)
    const early = ['prefix', 'base45', 'cose', 'schema', 'unsupported-version', 'unknown-key', 'untrusted-region', 'key-usage', 'bad-signature']
    expect(early).toContain(JSON.parse(r.out).reasons[0])
  })

  it('rejects the bare credential', () => {
    expect(JSON.parse(verifyAt('credential.txt', iso(1810)).out).reasons).toEqual(['bad-presentation'])
  })

  it('rejects the code as revoked once the trust list carries the new revocation list', () => {
    const r = cli(['revoke', '--key', 'issuer.json', '--credential', 'credential.txt', '--list', 'revocations.json'], dir)
    expect(r.code).toBe(0)
    const list = JSON.parse(readFileSync(join(dir, 'revocations.json'), 'utf8'))
    writeFileSync(join(dir, 'trust-revoked.json'), JSON.stringify({ issuers: [entry], revocations: [list] }))
    const v = verifyAt('qr.txt', iso(1810), 'trust-revoked.json')
    expect(v.code).toBe(1)
    expect(JSON.parse(v.out).reasons).toEqual(['revoked'])
  })

  it('reads the text from stdin and answers batches in order', () => {
    const text = readFileSync(join(dir, 'qr.txt'), 'utf8')
    expect(cli(['verify', '--trust', 'trust.json', '--at', iso(1810), '--in', '-'], dir, text).code).toBe(0)
    const trust = { issuers: [entry] }
    const lines = [
      { text: text.trim(), trust, at: iso(1810) },
      { text: text.trim(), trust, at: iso(2100) },
      { text: 'garbage', trust, at: iso(1810) }
    ].map(l => JSON.stringify(l)).join('\n')
    const r = cli(['verify', '--jsonl'], dir, lines + '\n')
    expect(r.code).toBe(0)
    expect(r.out.split('\n').map(l => JSON.parse(l).reasons)).toEqual([[], ['stale-presentation'], ['prefix']])
  })

  it('issues a paper code that verifies as healthcode-paper without a device', () => {
    const paper = cli(['issue', '--key', 'issuer.json', '--claims', claims, '--paper', '--at', at], dir)
    expect(paper.code).toBe(0)
    const r = cli(['verify', '--trust', 'trust.json', '--at', iso(12 * 3600), paper.out], dir)
    expect(JSON.parse(r.out)).toMatchObject({ valid: true, kind: 'healthcode-paper', claims: { status: null, paper: true } })
  })
})

describe('healthcode CLI usage errors', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hc-cli-'))
  it('exits 2 with a message', () => {
    expect(cli(['verify', 'HZ1:x'], dir)).toMatchObject({ code: 2, err: expect.stringContaining('--trust') })
    expect(cli(['keygen', '--alg', 'RSA', '--region', '330100', '--out', 'x.json'], dir).code).toBe(2)
    expect(cli(['nonsense'], dir).code).toBe(2)
  })
  it('makes a key for a fixed clock with --not-before, and refuses to issue outside the key\'s validity', () => {
    const k = cli(['keygen', '--alg', 'ES256', '--region', '330100', '--out', 'old.json', '--not-before', '2026-01-01T00:00:30Z', '--days', '30'], dir)
    expect(k.code).toBe(0)
    expect(JSON.parse(k.out)).toMatchObject({ notBefore: '2026-01-01T00:00:00.000Z', notAfter: '2026-01-31T00:00:00.000Z' })
    writeFileSync(join(dir, 'old-trust.json'), JSON.stringify({ issuers: [JSON.parse(k.out)] }))
    const paper = cli(['issue', '--key', 'old.json', '--claims', claims, '--paper', '--at', '2026-01-02T08:00:00Z'], dir)
    expect(paper.code).toBe(0)
    const r = cli(['verify', '--trust', 'old-trust.json', '--at', '2026-01-02T09:00:00Z', paper.out], dir)
    expect(JSON.parse(r.out)).toMatchObject({ valid: true, kind: 'healthcode-paper' })
    for (const at of ['2025-12-31T23:59:00Z', '2026-02-01T00:00:00Z']) {
      const late = cli(['issue', '--key', 'old.json', '--claims', claims, '--paper', '--at', at], dir)
      expect(late).toMatchObject({ code: 2, out: '', err: expect.stringContaining('--not-before') })
    }
  })
  it('draws a QR as PNG and SVG', () => {
    expect(cli(['qr', 'HZ1:TEST', '--out', 'x.png'], dir).code).toBe(0)
    expect(readFileSync(join(dir, 'x.png')).subarray(1, 4).toString()).toBe('PNG')
    expect(cli(['qr', 'HZ1:TEST', '--out', 'x.svg'], dir).code).toBe(0)
    expect(readFileSync(join(dir, 'x.svg'), 'utf8')).toContain('<svg')
    expect(execFileSync(process.execPath, [bin, 'qr', 'HZ1:TEST'], { encoding: 'utf8' }).length).toBeGreaterThan(100)
  })
})
