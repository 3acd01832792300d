// Our own vectors (test/vectors): the verdict of verify() on each PREFIX text must match EXPECTEDRESULTS exactly.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { verify } from '@core/credential/verify'
import { REASONS } from '@core/credential/reasons'

const root = join(__dirname, '..', 'vectors')
const cases = ['ES256', 'SM2'].flatMap(alg =>
  readdirSync(join(root, alg)).filter(f => f.endsWith('.json')).map(f => [`${alg}/${f}`, JSON.parse(readFileSync(join(root, alg, f), 'utf8'))] as const))

describe('own test vectors', () => {
  it.each(cases)('%s', (_name, vector) => {
    const ctx = vector.TESTCTX
    const result = verify(vector.PREFIX, ctx.TRUSTLIST, Date.parse(ctx.VALIDATIONCLOCK),
      ctx.MAXTRUSTAGESECONDS ? { maxTrustAgeSeconds: ctx.MAXTRUSTAGESECONDS } : {})
    expect({ valid: result.valid, kind: result.kind, reasons: result.reasons }).toEqual({
      valid: vector.EXPECTEDRESULTS.EXPECTEDVALID, kind: vector.EXPECTEDRESULTS.EXPECTEDKIND, reasons: vector.EXPECTEDRESULTS.EXPECTEDREASONS
    })
    if (!result.valid) expect(result.claims === null || result.reasons.every(r => ['not-yet-valid', 'expired', 'bad-presentation', 'stale-presentation', 'revoked'].includes(r))).toBe(true)
  })

  it('covers every reason code with a negative case for each algorithm', () => {
    for (const alg of ['ES256', 'SM2']) {
      const seen = new Set(cases.filter(([n]) => n.startsWith(alg)).flatMap(([, v]) => v.EXPECTEDRESULTS.EXPECTEDREASONS as string[]))
      const uncovered = REASONS.filter(r => !seen.has(r))
      expect(uncovered).toEqual([])
    }
  })
})
