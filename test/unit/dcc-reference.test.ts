// The bench's reference verifier (EU JS stack: base45 + pako + cose-js) must agree with real vectors, or the
// benchmark would compare against something broken.
import { readFileSync } from 'fs'
import { join } from 'path'
import { referenceVerify } from '../../bench/dcc-reference'

const vector = (p: string) => JSON.parse(readFileSync(join(__dirname, '../conformance/dcc', p), 'utf8'))

describe('referenceVerify', () => {
  test('AT/2DCode/raw/1.json verifies (ES256)', async () => {
    const v = vector('AT/2DCode/raw/1.json')
    expect(await referenceVerify(v.PREFIX, v.TESTCTX.CERTIFICATE)).toBe(true)
  })
  test('PS256 (CO1) and double-tagged CWT (CO28) verify', async () => {
    for (const p of ['common/2DCode/raw/CO1.json', 'common/2DCode/raw/CO28.json']) {
      const v = vector(p)
      expect(await referenceVerify(v.PREFIX, v.TESTCTX.CERTIFICATE)).toBe(true)
    }
  })
  test('a bad signature (CO5), a wrong certificate and a broken text are refused', async () => {
    const co5 = vector('common/2DCode/raw/CO5.json')
    expect(await referenceVerify(co5.PREFIX, co5.TESTCTX.CERTIFICATE)).toBe(false)
    const at = vector('AT/2DCode/raw/1.json')
    expect(await referenceVerify(at.PREFIX, vector('common/2DCode/raw/CO3.json').TESTCTX.CERTIFICATE)).toBe(false)
    expect(await referenceVerify('HC1:xyz', at.TESTCTX.CERTIFICATE)).toBe(false)
  })
})
