// Signed rule sets: a good one verifies; every refusal has its own stable code and zh/en message.
import { randomBytes } from 'node:crypto'
import { createIssuerKey, IssuerKeyFile, signerOf, trustEntryOf } from '@core/credential/issuer-key'
import { buildSign1Value, protectedHeaderBytes, readSign1, sigStructure } from '@core/credential/cose'
import type { KeyUse } from '@core/credential/trust-list'
import { coseAlgId } from '@core/crypto/issuer-signature'
import { cborDecode, cborEncode } from '@core/encoding/cbor'
import { fromBase64, toBase64, utf8Encode } from '@core/encoding/bytes'
import {
  defaultRuleSet, REFUSAL_MESSAGES, RuleSet, RuleSetError, RuleSetRefusal, signRuleSet, verifyRuleSet
} from '@core/rules'

const random = (n: number) => new Uint8Array(randomBytes(n))
const NOW = Date.parse('2026-11-27T08:00:00Z')

/** A COSE_Sign1 over arbitrary payload bytes, for files the honest signer would refuse to make. */
function signBytes(key: IssuerKeyFile, payload: Uint8Array): string {
  const signer = signerOf(key)
  const protectedBytes = protectedHeaderBytes(coseAlgId(signer.alg), signer.kid)
  const signature = signer.sign(sigStructure(protectedBytes, payload))
  return toBase64(cborEncode(buildSign1Value(protectedBytes, payload, signature)))
}

function codeOf(file: unknown, trust: unknown, options = {}): RuleSetRefusal | 'ok' {
  const v = verifyRuleSet(file, trust as never, { at: NOW, ...options })
  if (v.valid) return 'ok'
  expect(v.message).toEqual(REFUSAL_MESSAGES[v.code])
  return v.code
}

describe.each(['ES256', 'SM2'] as const)('signed rule sets with %s', (alg) => {
  const keyOf = (use: KeyUse, region = '330100') => createIssuerKey(alg, region, random, NOW - 86_400_000, { use })
  const rulesKey = keyOf('rules')
  const trust = { issuers: [trustEntryOf(rulesKey)] }
  const signed = signRuleSet(defaultRuleSet(), signerOf(rulesKey))

  it('verifies a rule set signed with the region rules key, returning the signed content', () => {
    const v = verifyRuleSet(signed, trust, { at: NOW })
    expect(v).toEqual({ valid: true, ruleSet: defaultRuleSet(), kid: rulesKey.kid, alg })
    expect(codeOf(signed, trust, { currentVersion: 0 })).toBe('ok')
    expect(verifyRuleSet(JSON.parse(JSON.stringify(signed)), trust).valid).toBe(true) // as read from a file, no clock
  })

  it('accepts a readable copy with its keys in another order', () => {
    const { rules, ...rest } = signed.ruleSet
    const reordered = { ruleSet: { rules, ...Object.fromEntries(Object.entries(rest).reverse()) }, cose: signed.cose }
    expect(codeOf(reordered, trust)).toBe('ok')
  })

  it('unsigned: no signature at all', () => {
    expect(codeOf({ ruleSet: defaultRuleSet() }, trust)).toBe('unsigned')
    expect(codeOf({ ruleSet: defaultRuleSet(), cose: '' }, trust)).toBe('unsigned')
    expect(codeOf(defaultRuleSet(), trust)).toBe('unsigned')
    expect(codeOf(null, trust)).toBe('unsigned')
  })

  it('bad-signature: altered payload or signature, or not COSE at all', () => {
    const other = { ...defaultRuleSet(), version: 9 }
    const original = readSign1(cborDecode(fromBase64(signed.cose)))
    const swapped = buildSign1Value(original.protectedBytes, utf8Encode(JSON.stringify(other)), original.signature)
    expect(codeOf({ ruleSet: other, cose: toBase64(cborEncode(swapped)) }, trust)).toBe('bad-signature')
    const badSig = fromBase64(signed.cose)
    badSig[badSig.length - 1] ^= 1
    expect(codeOf({ ...signed, cose: toBase64(badSig) }, trust)).toBe('bad-signature')
    expect(codeOf({ ...signed, cose: 'bm90IGNib3I=' }, trust)).toBe('bad-signature')
    expect(codeOf({ ...signed, cose: '%%%' }, trust)).toBe('bad-signature')
  })

  it('unknown-key: the signing key is not in the trust list', () => {
    expect(codeOf(signed, { issuers: [trustEntryOf(keyOf('rules'))] })).toBe('unknown-key')
    expect(codeOf(signed, {})).toBe('unknown-key')
  })

  it('wrong-key-use: signed with an issuing or checkpoint key of the same region', () => {
    for (const use of ['issue', 'checkpoint'] as const) {
      const key = keyOf(use)
      const file = signRuleSet(defaultRuleSet(), signerOf(key))
      expect(codeOf(file, { issuers: [trustEntryOf(key), trustEntryOf(rulesKey)] })).toBe('wrong-key-use')
    }
  })

  it('key-not-valid: the rules key is outside its validity period', () => {
    expect(codeOf(signed, trust, { at: NOW + 400 * 86_400_000 })).toBe('key-not-valid')
    expect(codeOf(signed, trust, { at: NOW - 2 * 86_400_000 })).toBe('key-not-valid')
  })

  it("region-mismatch: another region's rules key signed this region's rules", () => {
    const shanghai = keyOf('rules', '310000')
    const file = signRuleSet(defaultRuleSet(), { ...signerOf(shanghai), region: '330100' })
    expect(codeOf(file, { issuers: [trustEntryOf(shanghai), trustEntryOf(rulesKey)] })).toBe('region-mismatch')
  })

  it('invalid-rule-set: a validly signed payload that is not a valid rule set', () => {
    const bad = { ...defaultRuleSet(), version: 0 }
    const v = verifyRuleSet({ ruleSet: bad, cose: signBytes(rulesKey, utf8Encode(JSON.stringify(bad))) }, trust)
    expect(v).toMatchObject({ valid: false, code: 'invalid-rule-set', detail: 'version: a positive integer', issues: ['version: a positive integer'] })
    expect(codeOf({ ruleSet: {}, cose: signBytes(rulesKey, utf8Encode('{"region":')) }, trust)).toBe('invalid-rule-set')
    expect(codeOf({ ruleSet: {}, cose: signBytes(rulesKey, new Uint8Array([0xff, 0xfe])) }, trust)).toBe('invalid-rule-set')
  })

  it('version-not-newer: only a strictly greater version replaces the current one', () => {
    expect(codeOf(signed, trust, { currentVersion: 1 })).toBe('version-not-newer')
    expect(codeOf(signed, trust, { currentVersion: 7 })).toBe('version-not-newer')
    const v2 = signRuleSet({ ...defaultRuleSet(), version: 2 }, signerOf(rulesKey))
    expect(codeOf(v2, trust, { currentVersion: 1 })).toBe('ok')
  })

  it('copy-mismatch: the readable copy says something the signature does not', () => {
    const copy = defaultRuleSet()
    copy.rules[0].exit.days = 1
    expect(codeOf({ ruleSet: copy, cose: signed.cose }, trust)).toBe('copy-mismatch')
    expect(codeOf({ cose: signed.cose }, trust)).toBe('copy-mismatch')
  })

  it('the signer refuses an invalid rule set and rules of another region', () => {
    expect(() => signRuleSet({ ...defaultRuleSet(), rules: [] }, signerOf(rulesKey))).toThrow(RuleSetError)
    expect(() => signRuleSet({ ...defaultRuleSet(), region: '310000' } as RuleSet, signerOf(rulesKey)))
      .toThrow('a key of region 330100 cannot sign rules of region 310000')
  })
})

it('every refusal code has a Chinese and an English message', () => {
  const codes: RuleSetRefusal[] = [
    'unsigned', 'bad-signature', 'unknown-key', 'wrong-key-use', 'key-not-valid',
    'region-mismatch', 'invalid-rule-set', 'version-not-newer', 'copy-mismatch'
  ]
  expect(Object.keys(REFUSAL_MESSAGES).sort()).toEqual([...codes].sort())
  for (const c of codes) expect(REFUSAL_MESSAGES[c].zh && REFUSAL_MESSAGES[c].en).toBeTruthy()
})
