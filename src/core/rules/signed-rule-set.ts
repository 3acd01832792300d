// Signed rule sets: `{ ruleSet, cose }`, the COSE_Sign1 payload being the UTF-8 JSON of the rule set.
// Regions sign offline with a `use: 'rules'` key; hosts and apps only verify (docs/rules.md).
import { cborDecode, cborEncode } from '../encoding/cbor'
import { fromBase64, toBase64, toHex, utf8Decode, utf8Encode } from '../encoding/bytes'
import { algFromCoseId, coseAlgId, IssuerAlg, IssuerSigner, issuerVerify } from '../crypto/issuer-signature'
import { buildSign1Value, headerAlg, headerKid, protectedHeaderBytes, readSign1, Sign1, sigStructure } from '../credential/cose'
import { PreparedKey, PreparedTrust, prepareTrust, TrustListJson } from '../credential/trust-list'
import { parseRuleSet, RuleSet, ruleSetIssues, Texts } from './rule-set'
import { jsonEqual } from './json-equal'

export interface SignedRuleSetFile {
  /** A readable copy for people; verifiers use the signed payload and require the two to be equal. */
  ruleSet: RuleSet
  /** Base64 COSE_Sign1 over the UTF-8 JSON of the rule set. */
  cose: string
}

export type RuleSetRefusal =
  | 'unsigned' | 'bad-signature' | 'unknown-key' | 'wrong-key-use' | 'key-not-valid'
  | 'region-mismatch' | 'invalid-rule-set' | 'version-not-newer' | 'copy-mismatch'

export const REFUSAL_MESSAGES: Readonly<Record<RuleSetRefusal, Texts>> = {
  'unsigned': { zh: '规则集未签名', en: 'The rule set is not signed' },
  'bad-signature': { zh: '规则集签名无效', en: 'The rule set signature does not verify' },
  'unknown-key': { zh: '签名密钥不在信任列表中', en: 'The signing key is not in the trust list' },
  'wrong-key-use': { zh: '签名密钥不是规则签名密钥', en: 'The signing key is not a rules key' },
  'key-not-valid': { zh: '签名密钥不在有效期内', en: 'The signing key is outside its validity period' },
  'region-mismatch': { zh: '规则集所属地区与签名密钥的地区不一致', en: "The rule set's region is not the signing key's region" },
  'invalid-rule-set': { zh: '规则集内容无效', en: 'The signed rule set is not valid' },
  'version-not-newer': { zh: '规则集版本不高于当前版本', en: 'The rule set version is not newer than the current one' },
  'copy-mismatch': { zh: '可读副本与签名内容不一致', en: 'The readable copy differs from the signed rule set' }
}

export type RuleSetVerdict =
  | { valid: true; ruleSet: RuleSet; kid: string; alg: IssuerAlg }
  | { valid: false; code: RuleSetRefusal; message: Texts; detail: string; issues?: string[] }

export interface VerifyRuleSetOptions {
  /** The version in force: only a strictly greater one is accepted. */
  currentVersion?: number
  /** If given (epoch ms), the signing key must be within notBefore..notAfter at this time. */
  at?: number
}

/** Signs a valid rule set with its own region's key. The caller ensures the key is a rules key. */
export function signRuleSet(ruleSet: RuleSet, signer: IssuerSigner): SignedRuleSetFile {
  parseRuleSet(ruleSet)
  if (ruleSet.region !== signer.region) throw new Error(`a key of region ${signer.region} cannot sign rules of region ${ruleSet.region}`)
  const payload = utf8Encode(JSON.stringify(ruleSet))
  const protectedBytes = protectedHeaderBytes(coseAlgId(signer.alg), signer.kid)
  const signature = signer.sign(sigStructure(protectedBytes, payload))
  const cose = cborEncode(buildSign1Value(protectedBytes, payload, signature))
  return { ruleSet: JSON.parse(utf8Decode(payload)) as RuleSet, cose: toBase64(cose) }
}

function refuse(code: RuleSetRefusal, detail: string, issues?: string[]): RuleSetVerdict {
  return { valid: false, code, message: REFUSAL_MESSAGES[code], detail, ...(issues ? { issues } : {}) }
}

function decode(cose: string): Sign1 | null {
  try {
    return readSign1(cborDecode(fromBase64(cose)))
  } catch {
    return null
  }
}

/** Accepts a signed rule set only if every check passes; otherwise says which one failed, with a stable code. */
export function verifyRuleSet(file: unknown, trustList: TrustListJson | PreparedTrust, options: VerifyRuleSetOptions = {}): RuleSetVerdict {
  const f = (typeof file === 'object' && file !== null ? file : {}) as Partial<Record<keyof SignedRuleSetFile, unknown>>
  if (typeof f.cose !== 'string' || f.cose.length === 0) return refuse('unsigned', 'no "cose" signature in the file')
  const sign1 = decode(f.cose)
  if (sign1 === null) return refuse('bad-signature', '"cose" is not a base64 COSE_Sign1')
  const kid = headerKid(sign1)
  const alg = algFromCoseId(headerAlg(sign1))
  if (kid === null) return refuse('unknown-key', 'the signature names no key id')
  if (alg === null) return refuse('bad-signature', `unsupported algorithm ${String(headerAlg(sign1))}`)
  const kidText = toBase64(kid)
  const candidates = prepareTrust(trustList).keys.get(toHex(kid)) ?? []
  if (candidates.length === 0) return refuse('unknown-key', `key ${kidText} is not in the trust list`)
  const message = sigStructure(sign1.protectedBytes, sign1.payload)
  const signers = candidates.filter((k) => k.alg === alg && issuerVerify(alg, message, sign1.signature, k.publicKey))
  if (signers.length === 0) return refuse('bad-signature', `the signature does not verify with key ${kidText}`)
  let keys: PreparedKey[] = signers.filter((k) => k.use === 'rules')
  if (keys.length === 0) return refuse('wrong-key-use', `key ${kidText} is an "${signers[0].use}" key, not a "rules" key`)
  if (options.at !== undefined) {
    const s = Math.floor(options.at / 1000)
    keys = keys.filter((k) => k.notBefore <= s && s <= k.notAfter)
    if (keys.length === 0) return refuse('key-not-valid', `key ${kidText} is not valid at ${new Date(options.at).toISOString()}`)
  }
  let signed: unknown
  try {
    signed = JSON.parse(utf8Decode(sign1.payload))
  } catch {
    return refuse('invalid-rule-set', 'the signed payload is not UTF-8 JSON')
  }
  const issues = ruleSetIssues(signed)
  if (issues.length > 0) return refuse('invalid-rule-set', issues[0], issues)
  const ruleSet = signed as RuleSet
  if (!keys.some((k) => k.region === ruleSet.region)) {
    return refuse('region-mismatch', `rules of region ${ruleSet.region} signed by a key of region ${keys[0].region}`)
  }
  if (!jsonEqual(f.ruleSet, ruleSet)) return refuse('copy-mismatch', 'the "ruleSet" copy is not the signed rule set')
  if (options.currentVersion !== undefined && !(ruleSet.version > options.currentVersion)) {
    return refuse('version-not-newer', `version ${ruleSet.version} is not newer than ${options.currentVersion}`)
  }
  return { valid: true, ruleSet, kid: kidText, alg }
}
