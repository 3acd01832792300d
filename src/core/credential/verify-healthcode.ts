// Verification of our own codes, step by step; each step has its reason code (docs/code-format.md).
// Nothing is reported as claims unless the issuer's signature was checked and holds.
import { toHex } from '../encoding/bytes'
import { algFromCoseId, issuerVerify } from '../crypto/issuer-signature'
import { deviceKeyHash, deviceRecover } from '../crypto/device-key'
import { bytesEqual } from '../encoding/bytes'
import { cborDecode, CborValue } from '../encoding/cbor'
import { headerAlg, headerKid, readSign1, Sign1, sigStructure } from './cose'
import { ClaimsError, claimsFromCbor, CredentialContent, HealthCodeClaims, reportClaims } from './claims'
import { presentationDigest } from './present'
import { decodeText, DecodeError } from './text-codec'
import { isRevoked, PreparedTrust } from './trust-list'
import { ISSUED_AT_SKEW_S, PRESENTATION_MAX_AGE_S, PRESENTATION_MAX_AHEAD_S } from './format'
import type { Reason, VerifyResult } from './reasons'

function invalid(reason: Reason, kind: VerifyResult['kind'] = null): VerifyResult<HealthCodeClaims> {
  return { valid: false, kind, reasons: [reason], claims: null }
}

interface Parsed {
  sign1: Sign1
  presentation: { time: number; signature: Uint8Array } | null
}

function parse(value: CborValue): Parsed {
  if (Array.isArray(value) && value.length === 3) {
    const [cred, time, signature] = value
    const sign1 = readSign1(cred)
    if (typeof time !== 'number' || !Number.isInteger(time) || time < 0 || !(signature instanceof Uint8Array)) {
      throw new DecodeError('bad-presentation', 'presentation malformed')
    }
    return { sign1, presentation: { time, signature } }
  }
  return { sign1: readSign1(value), presentation: null }
}

export function verifyHealthCode(text: string, trust: PreparedTrust, now: number): VerifyResult<HealthCodeClaims> {
  let parsed: Parsed
  let content: CredentialContent
  try {
    parsed = parse(decodeText(text))
  } catch (e) {
    return invalid(e instanceof DecodeError ? e.reason : 'cose')
  }
  const { sign1, presentation } = parsed
  const alg = algFromCoseId(headerAlg(sign1))
  const kid = headerKid(sign1)
  if (!alg || !kid) return invalid('cose')
  try {
    content = claimsFromCbor(cborDecode(sign1.payload))
  } catch (e) {
    return invalid(e instanceof ClaimsError ? e.reason : 'cose')
  }
  const kind = content.paper ? 'healthcode-paper' : 'healthcode'
  const candidates = (trust.keys.get(toHex(kid)) ?? []).filter(k => k.alg === alg)
  if (candidates.length === 0) return invalid('unknown-key', kind)
  const inRegion = candidates.filter(k => k.region === content.region)
  if (inRegion.length === 0) return invalid('untrusted-region', kind)
  const usable = inRegion.filter(k => k.use === 'issue' && content.issuedAt >= k.notBefore && content.issuedAt <= k.notAfter)
  if (usable.length === 0) return invalid('key-usage', kind)
  const toBeSigned = sigStructure(sign1.protectedBytes, sign1.payload)
  if (!usable.some(k => issuerVerify(alg, toBeSigned, sign1.signature, k.publicKey))) return invalid('bad-signature', kind)

  const reasons: Reason[] = []
  if (content.issuedAt > now + ISSUED_AT_SKEW_S) reasons.push('not-yet-valid')
  if (now >= content.expiresAt) reasons.push('expired')
  if (content.paper) {
    if (presentation) reasons.push('bad-presentation')
  } else if (!presentation) {
    reasons.push('bad-presentation')
  } else {
    const recovered = deviceRecover(presentationDigest(sign1, presentation.time), presentation.signature)
    if (!recovered || !bytesEqual(deviceKeyHash(recovered), content.deviceKeyHash as Uint8Array)) {
      return invalid('bad-signature', kind)
    }
    const age = now - presentation.time
    if (age > PRESENTATION_MAX_AGE_S || age < -PRESENTATION_MAX_AHEAD_S) reasons.push('stale-presentation')
  }
  if (isRevoked(trust, content.region, content.holder, content.deviceKeyHash, content.issuedAt)) reasons.push('revoked')
  return { valid: reasons.length === 0, kind, reasons, claims: reportClaims(content, kid, alg) }
}
