// Generates our own test vectors (test/vectors/<ALG>/*.json) in the shape of the EU DCC vectors:
// the code text, a TESTCTX with a fixed clock and trust list, and EXPECTEDRESULTS. Run once; the
// committed files are the reference (SM2 signatures are randomised, so regenerating changes bytes).
import { randomBytes } from 'node:crypto'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { cborEncode, CborValue } from '../src/core/encoding/cbor'
import { base45Encode } from '../src/core/encoding/base45'
import { createIssuerKey, signerOf, trustEntryOf, IssuerKeyFile } from '../src/core/credential/issuer-key'
import { issueCredential } from '../src/core/credential/issue'
import { presentCredential } from '../src/core/credential/present'
import { claimsToCbor, CredentialContent } from '../src/core/credential/claims'
import { buildSign1Value, protectedHeaderBytes, sigStructure } from '../src/core/credential/cose'
import { encodeText, decodeText } from '../src/core/credential/text-codec'
import { signRevocationList } from '../src/core/credential/revocation'
import { coseAlgId, IssuerAlg } from '../src/core/crypto/issuer-signature'
import { deviceKeyHash, generateDeviceKey } from '../src/core/crypto/device-key'
import { holderPseudonym } from '../src/core/credential/pseudonym'
import { fromBase64 } from '../src/core/encoding/bytes'
import { CLAIM_HEALTHCODE, HC_STATUS, HC_VERSION } from '../src/core/credential/format'
import type { TrustListJson } from '../src/core/credential/trust-list'

const random = (n: number) => new Uint8Array(randomBytes(n))
const ISSUED = Date.parse('2026-11-27T00:00:00Z') / 1000
const CLOCK = ISSUED + 3600
const iso = (s: number) => new Date(s * 1000).toISOString()

interface Vector {
  DESCRIPTION: string
  PREFIX: string
  TESTCTX: { VERSION: 1; ALG: IssuerAlg; VALIDATIONCLOCK: string; TRUSTLIST: TrustListJson; MAXTRUSTAGESECONDS?: number }
  EXPECTEDRESULTS: { EXPECTEDVALID: boolean; EXPECTEDKIND: string | null; EXPECTEDREASONS: string[] }
}

function signRaw(key: IssuerKeyFile, claims: Map<number, CborValue>): string {
  const signer = signerOf(key)
  const protectedBytes = protectedHeaderBytes(coseAlgId(signer.alg), signer.kid)
  const payload = cborEncode(claims)
  return encodeText(buildSign1Value(protectedBytes, payload, signer.sign(sigStructure(protectedBytes, payload))))
}

function vectorsFor(alg: IssuerAlg): Record<string, Vector> {
  const key = createIssuerKey(alg, '330100', random, (ISSUED - 86400) * 1000)
  const other = createIssuerKey(alg, '330100', random, (ISSUED - 86400) * 1000)
  const device = generateDeviceKey(random)
  const thief = generateDeviceKey(random)
  const holder = holderPseudonym(fromBase64(key.pseudonymKey), 'citizen-1')
  const trust: TrustListJson = { issuers: [trustEntryOf(key)] }
  const base = { holder, surname: '李', idEnds: '3307', issuedAt: ISSUED }
  const dyn = issueCredential({ ...base, status: 'green', deviceKeyHash: deviceKeyHash(device.publicKey), testValidUntil: ISSUED + 86400, vaccinated: true }, signerOf(key))
  const paper = issueCredential({ ...base, paper: true }, signerOf(key))
  const fresh = presentCredential(dyn.text, device.privateKey, CLOCK - 10)
  const content: CredentialContent = dyn.content
  const claims = claimsToCbor(content)
  const v = (d: string, text: string, valid: boolean, kind: string | null, reasons: string[], ctx: Partial<Vector['TESTCTX']> = {}): Vector => ({
    DESCRIPTION: d, PREFIX: text,
    TESTCTX: { VERSION: 1, ALG: alg, VALIDATIONCLOCK: iso(CLOCK), TRUSTLIST: trust, ...ctx },
    EXPECTEDRESULTS: { EXPECTEDVALID: valid, EXPECTEDKIND: kind, EXPECTEDREASONS: reasons }
  })
  const hc = claims.get(CLAIM_HEALTHCODE) as Map<number, CborValue>
  const badStatus = new Map(claims); badStatus.set(CLAIM_HEALTHCODE, new Map(hc).set(HC_STATUS, 7))
  const v2 = new Map(claims); v2.set(CLAIM_HEALTHCODE, new Map(hc).set(HC_VERSION, 2))
  const flipped = (() => { const b = decodeText(fresh) as CborValue[]; const sig = new Uint8Array(b[2] as Uint8Array); sig[5] ^= 1; return encodeText([b[0], b[1], sig]) })()
  const regionTrust: TrustListJson = { issuers: [{ ...trustEntryOf(key), region: '110000' }] }
  const rulesKeyTrust: TrustListJson = { issuers: [{ ...trustEntryOf(key), use: 'rules' }] }
  const lateKeyTrust: TrustListJson = { issuers: [{ ...trustEntryOf(key), notBefore: iso(ISSUED + 60) }] }
  const revoked = signRevocationList({ region: '330100', seq: 1, issuedAt: CLOCK - 60, entries: [{ holder, device: null, before: ISSUED }] }, signerOf(key))
  const revokedOtherDevice = signRevocationList({ region: '330100', seq: 1, issuedAt: CLOCK - 60, entries: [{ holder, device: deviceKeyHash(thief.publicKey), before: ISSUED }] }, signerOf(key))
  const revokedEarlier = signRevocationList({ region: '330100', seq: 1, issuedAt: CLOCK - 60, entries: [{ holder, device: null, before: ISSUED - 60 }] }, signerOf(key))
  const forgedList = signRevocationList({ region: '330100', seq: 1, issuedAt: CLOCK - 60, entries: [{ holder, device: null, before: ISSUED }] }, signerOf(other))
  return {
    'valid-dynamic': v('fresh dynamic presentation', fresh, true, 'healthcode', []),
    'valid-dynamic-clock-ahead': v('presentation made 25 s ahead of the verifier clock (skew)', presentCredential(dyn.text, device.privateKey, CLOCK + 25), true, 'healthcode', []),
    'valid-paper': v('paper code', paper.text, true, 'healthcode-paper', []),
    'valid-revoked-other-device': v('revocation of another device of the holder leaves this one valid', fresh, true, 'healthcode', [], { TRUSTLIST: { ...trust, revocations: [revokedOtherDevice] } }),
    'valid-revoked-before-issue': v('revocation dated before this credential leaves it valid', fresh, true, 'healthcode', [], { TRUSTLIST: { ...trust, revocations: [revokedEarlier] } }),
    'valid-skewed-issued-at': v('issued-at 4 minutes ahead of the verifier clock is tolerated', presentCredential(dyn.text, device.privateKey, ISSUED - 240), true, 'healthcode', [], { VALIDATIONCLOCK: iso(ISSUED - 240) }),
    'prefix': v('unknown prefix', 'XX1:' + fresh.slice(4), false, null, ['prefix']),
    'base45': v('lowercase is outside the Base45 alphabet', 'HZ1:' + fresh.slice(4, 20).toLowerCase() + fresh.slice(20), false, null, ['base45']),
    'decompress': v('an EU DCC whose zlib stream is broken', 'HC1:' + base45Encode(Uint8Array.from([0x78, 0xda, 1, 2, 3, 4, 5])), false, 'dcc', ['decompress']),
    'cose': v('Base45 of bytes that are not COSE', 'HZ1:' + base45Encode(cborEncode([1, 2])), false, null, ['cose']),
    'schema': v('signed claims with an undefined status', signRaw(key, badStatus), false, null, ['schema']),
    'unsupported-version-prefix': v('a future text prefix', 'HZ2:' + fresh.slice(4), false, null, ['unsupported-version']),
    'unsupported-version-claims': v('signed claims of a future version', signRaw(key, v2), false, null, ['unsupported-version']),
    'unknown-key': v('signed by a key not in the trust list', fresh, false, 'healthcode', ['unknown-key'], { TRUSTLIST: { issuers: [trustEntryOf(other)] } }),
    'untrusted-region': v('key listed for another region', fresh, false, 'healthcode', ['untrusted-region'], { TRUSTLIST: regionTrust }),
    'key-usage-use': v('key listed for signing rules, not codes', fresh, false, 'healthcode', ['key-usage'], { TRUSTLIST: rulesKeyTrust }),
    'key-usage-validity': v('issued before the key became valid', fresh, false, 'healthcode', ['key-usage'], { TRUSTLIST: lateKeyTrust }),
    'bad-signature-issuer': v('issuer signature altered', signRaw(key, claims).replace(/.{6}$/, '000000'), false, 'healthcode', ['bad-signature']),
    'bad-signature-device': v('device signature altered', flipped, false, 'healthcode', ['bad-signature']),
    'bad-signature-other-device': v('presented by a phone that does not hold the bound key', presentCredential(dyn.text, thief.privateKey, CLOCK - 10), false, 'healthcode', ['bad-signature']),
    'not-yet-valid': v('verifier clock 10 minutes before issuance', presentCredential(dyn.text, device.privateKey, ISSUED - 600), false, 'healthcode', ['not-yet-valid'], { VALIDATIONCLOCK: iso(ISSUED - 600) }),
    'expired': v('verifier clock after expiry', presentCredential(dyn.text, device.privateKey, ISSUED + 86400 + 5), false, 'healthcode', ['expired'], { VALIDATIONCLOCK: iso(ISSUED + 86400 + 10) }),
    'expired-paper': v('paper code after expiry', paper.text, false, 'healthcode-paper', ['expired'], { VALIDATIONCLOCK: iso(ISSUED + 31 * 86400) }),
    'bad-presentation-bare': v('device-bound credential shown without presentation', dyn.text, false, 'healthcode', ['bad-presentation']),
    'bad-presentation-malformed': v('presentation time is not an integer', encodeText([(decodeText(fresh) as CborValue[])[0], 'now', (decodeText(fresh) as CborValue[])[2]]), false, null, ['bad-presentation']),
    'stale-presentation': v('presentation two minutes old (screenshot)', presentCredential(dyn.text, device.privateKey, CLOCK - 120), false, 'healthcode', ['stale-presentation']),
    'stale-presentation-future': v('presentation 45 s in the future', presentCredential(dyn.text, device.privateKey, CLOCK + 45), false, 'healthcode', ['stale-presentation']),
    'revoked': v('holder revoked up to this issue time', fresh, false, 'healthcode', ['revoked'], { TRUSTLIST: { ...trust, revocations: [revoked] } }),
    'revoked-paper': v('paper code of a revoked holder', paper.text, false, 'healthcode-paper', ['revoked'], { TRUSTLIST: { ...trust, revocations: [revoked] } }),
    'revocation-forged': v('a revocation list signed by an untrusted key is ignored', fresh, true, 'healthcode', [], { TRUSTLIST: { ...trust, revocations: [forgedList] } }),
    'trust-list-stale': v('trust list synced longer ago than the maximum age', fresh, false, null, ['trust-list-stale'], { TRUSTLIST: { ...trust, syncedAt: iso(CLOCK - 2 * 86400) }, MAXTRUSTAGESECONDS: 86400 }),
    'trust-list-fresh': v('trust list synced within the maximum age', fresh, true, 'healthcode', [], { TRUSTLIST: { ...trust, syncedAt: iso(CLOCK - 3600) }, MAXTRUSTAGESECONDS: 86400 })
  }
}

const root = join(__dirname, '..', '..', 'test', 'vectors')
for (const alg of ['ES256', 'SM2'] as IssuerAlg[]) {
  const dir = join(root, alg)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  for (const [name, vector] of Object.entries(vectorsFor(alg))) writeFileSync(join(dir, name + '.json'), JSON.stringify(vector, null, 2) + '\n')
}
console.log('vectors written to', root)
