// Verifies an EU Digital COVID Certificate (HC1: → Base45 → zlib → COSE_Sign1 → CWT → hcert) against a list of
// trusted DSCs. Pure and total: it runs inside mini-program engines, never throws, and returns claims only when
// a trusted signature holds over them. Checks follow BasicDgcTestsList.md of the EU dgc-testdata repository.
import { base45Decode } from '../encoding/base45'
import { REASONS, Reason, VerifyResult } from '../credential/reasons'
import { CoseSign1, HEADER_ALG, HEADER_KID, headerValue, parseCoseSign1, sigStructure } from './cose'
import { CwtContent, parseCwt } from './cwt'
import { inflateZlib } from './inflate'
import { dccType, keyUsageAllows } from './key-usage'
import { isDccPayload } from './schema'
import { verifySignature } from './signature'
import { Candidate, findSigners } from './trust'
import { DccClaims, DccPayload } from './types'

export type { DccClaims, DccPayload, DccName, DccType } from './types'

const PREFIX = 'HC1:'
// The largest QR code holds 4296 alphanumeric characters; refusing longer input bounds the inflate work.
const MAX_TEXT = 8192

class Stop {
  constructor(readonly reason: Reason) {}
}

function fail(reason: Reason): VerifyResult<DccClaims> {
  return { valid: false, kind: 'dcc', reasons: [reason], claims: null }
}

/** Runs one step; any exception it throws becomes the step's reason. */
function step<T>(reason: Reason, fn: () => T): T {
  try {
    return fn()
  } catch {
    throw new Stop(reason)
  }
}

function decode(text: string): CoseSign1 {
  if (typeof text !== 'string' || !text.startsWith(PREFIX)) {
    // Another HCx: context is a known format in a version we do not support (vector H2); anything else is not ours.
    throw new Stop(typeof text === 'string' && /^HC\d:/.test(text) ? 'unsupported-version' : 'prefix')
  }
  if (text.length > MAX_TEXT) throw new Stop('base45')
  const compressed = step('base45', () => base45Decode(text.slice(PREFIX.length)))
  const cose = step('decompress', () => inflateZlib(compressed))
  return step('cose', () => parseCoseSign1(cose))
}

/** Finds the DSC whose key verifies the signature, or stops with unknown-key / bad-signature. */
function checkSignature(msg: CoseSign1, dccCerts: readonly string[]): Candidate {
  const kid = headerValue(msg, HEADER_KID)
  const alg = headerValue(msg, HEADER_ALG)
  if ((kid !== undefined && !(kid instanceof Uint8Array)) || typeof alg !== 'number') throw new Stop('cose')
  const candidates = kid ? findSigners(kid, Array.isArray(dccCerts) ? dccCerts : []) : []
  if (candidates.length === 0) throw new Stop('unknown-key')
  const signed = sigStructure(msg)
  for (const c of candidates) {
    if (verifySignature(alg, c.cert.publicKey, signed, msg.signature)) return c
  }
  throw new Stop('bad-signature')
}

function semanticReasons(cwt: CwtContent, schemaOk: boolean, signer: Candidate, now: number): Reason[] {
  const reasons: Reason[] = []
  if (!schemaOk) reasons.push('schema')
  const type = dccType(cwt.hcert)
  if (type && !keyUsageAllows(signer.cert.extKeyUsage, type)) reasons.push('key-usage')
  if (!Number.isFinite(now)) {
    // A clock that is not a number cannot prove validity (NaN would pass every comparison below).
    reasons.push('expired')
    return reasons
  }
  // The DCC must be inside its own iat..exp window and inside its signer certificate's validity.
  if (now < cwt.iat || now < signer.cert.notBefore) reasons.push('not-yet-valid')
  if (now >= cwt.exp || now > signer.cert.notAfter) reasons.push('expired')
  return reasons
}

function run(text: string, dccCerts: readonly string[], nowSeconds: number): VerifyResult<DccClaims> {
  const msg = decode(text)
  const signer = checkSignature(msg, dccCerts)
  const cwt = step('cose', () => parseCwt(msg.payload))
  const hcert = cwt.hcert
  const schemaOk = isDccPayload(hcert)
  const reasons = semanticReasons(cwt, schemaOk, signer, nowSeconds)
  reasons.sort((a, b) => REASONS.indexOf(a) - REASONS.indexOf(b))
  const claims: DccClaims | null = schemaOk
    ? { iss: cwt.iss, iat: cwt.iat, exp: cwt.exp, dcc: hcert as DccPayload }
    : null // signed but malformed data is never handed to a screen
  return { valid: reasons.length === 0, kind: 'dcc', reasons, claims }
}

/**
 * Verifies a `HC1:` DCC text. `dccCerts` are base64 DER DSCs (kid = SHA-256(DER)[0..8]); `nowSeconds` is the
 * verification time in Unix seconds. Invalid results carry the failing step's reason (see reasons.ts); after a
 * good signature every failing semantic check (schema, key usage, time) is reported, and claims are kept unless
 * the payload breaks the schema, so a screen can still say whose certificate expired.
 */
export function verifyDcc(text: string, dccCerts: string[], nowSeconds: number): VerifyResult<DccClaims> {
  try {
    return run(text, dccCerts, nowSeconds)
  } catch (e) {
    // Only Stop is expected here; anything else is a bug, and the safe answer to a bug is "not valid".
    return fail(e instanceof Stop ? e.reason : 'cose')
  }
}
