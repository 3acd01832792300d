// The claims a health code carries, and their CBOR form. Only what a verifier needs: no reason, no rule,
// no full name or ID number (docs/code-format.md, "Claims").
import type { CborKey, CborValue } from '../encoding/cbor'
import { toBase64 } from '../encoding/bytes'
import type { IdType } from '../declaration/vocabulary'
import { ID_LENGTHS, maskedText, maskShape } from '../identity/id-mask'
import {
  CLAIM_HEALTHCODE, CNF_KID, CWT_CNF, CWT_EXP, CWT_IAT, CWT_ISS, HC_HOLDER, HC_ID_ENDS, HC_ID_TYPE, HC_PAPER, HC_STATUS,
  HC_SURNAME, HC_TEST_UNTIL_H, HC_VACCINATED, HC_VERSION, HealthStatus, HOLDER_PSEUDONYM_BYTES, ID_TYPE_CODES, STATUS_CODES
} from './format'

/** Claims as the issuer sets them (binary fields raw). */
export interface CredentialContent {
  version: number
  region: string
  issuedAt: number
  expiresAt: number
  holder: Uint8Array
  surname: string
  /** The characters of the ID number its type's mask shows (the first and last two of a resident ID number). */
  idEnds: string
  idType: IdType
  /** The ID number's length, for its mask. */
  idLength: number
  status: HealthStatus | null
  testValidUntil?: number
  vaccinated?: boolean
  deviceKeyHash: Uint8Array | null
  paper: boolean
}

/** Claims as a verifier reports them (JSON-friendly). */
export interface HealthCodeClaims {
  v: number
  iss: string
  kid: string
  alg: string
  iat: number
  exp: number
  holder: string
  name: string
  /** The masked ID number, e.g. "11**************34" or "E******12". */
  id: string
  idType: IdType
  status: HealthStatus | null
  testValidUntil: number | null
  vaccinated: boolean | null
  device: string | null
  paper: boolean
}

export class ClaimsError extends Error {
  constructor(readonly reason: 'schema' | 'unsupported-version', message: string) {
    super(message)
  }
}

export function claimsToCbor(c: CredentialContent): Map<number, CborValue> {
  const hc = new Map<number, CborValue>([
    [HC_VERSION, c.version],
    [HC_SURNAME, c.surname],
    [HC_ID_ENDS, c.idEnds],
    [HC_HOLDER, c.holder]
  ])
  if (c.status) hc.set(HC_STATUS, STATUS_CODES.indexOf(c.status))
  if (c.testValidUntil !== undefined) hc.set(HC_TEST_UNTIL_H, Math.floor(c.testValidUntil / 3600))
  if (c.vaccinated !== undefined) hc.set(HC_VACCINATED, c.vaccinated)
  if (c.paper) hc.set(HC_PAPER, true)
  if (c.idType !== 'resident-id') hc.set(HC_ID_TYPE, [ID_TYPE_CODES[c.idType], c.idLength])
  const m = new Map<number, CborValue>([
    [CWT_ISS, c.region],
    [CWT_EXP, c.expiresAt],
    [CWT_IAT, c.issuedAt],
    [CLAIM_HEALTHCODE, hc]
  ])
  if (c.deviceKeyHash) m.set(CWT_CNF, new Map<number, CborValue>([[CNF_KID, c.deviceKeyHash]]))
  return m
}

const isUint = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0

function fail(message: string): never {
  throw new ClaimsError('schema', message)
}

const TYPE_BY_CODE = new Map(Object.entries(ID_TYPE_CODES).map(([type, code]) => [code, type as IdType]))

/**
 * The ID number's mask: without key 9 a resident ID card's first and last two characters (18 in all);
 * with it, the type and length, and exactly the characters that type's mask shows for that length.
 */
function idClaims(hc: Map<CborKey, CborValue>): { ends: string; idType: IdType; idLength: number } {
  const ends = hc.get(HC_ID_ENDS)
  const typed = hc.get(HC_ID_TYPE)
  if (typed === undefined) {
    if (typeof ends !== 'string' || !/^[0-9A-Z]{4}$/.test(ends)) fail('id ends invalid')
    return { ends, idType: 'resident-id', idLength: 18 }
  }
  if (!Array.isArray(typed) || typed.length !== 2 || !isUint(typed[0]) || !isUint(typed[1])) fail('id type invalid')
  const idType = TYPE_BY_CODE.get(typed[0] as number)
  const idLength = typed[1] as number
  if (!idType || idType === 'resident-id') fail('id type unknown')
  const [min, max] = ID_LENGTHS[idType]
  if (idLength < min || idLength > max) fail('id length invalid')
  const { lead, tail } = maskShape(idLength)
  if (typeof ends !== 'string' || ends.length !== lead + tail || !/^[0-9A-Z]+$/.test(ends)) fail('id ends invalid')
  return { ends, idType, idLength }
}

/** Validates a decoded claims map strictly; unknown private keys are ignored so optional claims can be added. */
export function claimsFromCbor(value: CborValue): CredentialContent {
  if (!(value instanceof Map)) fail('claims are not a map')
  const hc = value.get(CLAIM_HEALTHCODE)
  if (!(hc instanceof Map)) fail('health-code claim missing')
  const version = hc.get(HC_VERSION)
  if (!isUint(version)) fail('version missing')
  if (version !== 1) throw new ClaimsError('unsupported-version', `claims version ${version}`)
  const region = value.get(CWT_ISS)
  const iat = value.get(CWT_IAT)
  const exp = value.get(CWT_EXP)
  if (typeof region !== 'string' || !/^\d{6}$/.test(region)) fail('iss must be a GB/T 2260 code')
  if (!isUint(iat) || !isUint(exp) || exp <= iat) fail('iat/exp invalid')
  const holder = hc.get(HC_HOLDER)
  if (!(holder instanceof Uint8Array) || holder.length !== HOLDER_PSEUDONYM_BYTES) fail('holder pseudonym invalid')
  const surname = hc.get(HC_SURNAME)
  if (typeof surname !== 'string' || surname.length < 1 || surname.length > 4) fail('surname invalid')
  const { ends, idType, idLength } = idClaims(hc)
  const paper = hc.get(HC_PAPER) === true
  const statusIdx = hc.get(HC_STATUS)
  let status: HealthStatus | null = null
  if (statusIdx !== undefined) {
    if (!isUint(statusIdx) || statusIdx >= STATUS_CODES.length) fail('status invalid')
    status = STATUS_CODES[statusIdx]
  }
  const cnf = value.get(CWT_CNF)
  let deviceKeyHash: Uint8Array | null = null
  if (cnf !== undefined) {
    const kid = cnf instanceof Map ? cnf.get(CNF_KID) : undefined
    if (!(kid instanceof Uint8Array) || kid.length !== 8) fail('cnf invalid')
    deviceKeyHash = kid
  }
  if (paper && (deviceKeyHash || status)) fail('a paper code carries neither device binding nor status')
  if (!paper && (!deviceKeyHash || !status)) fail('a dynamic code needs a device binding and a status')
  const test = hc.get(HC_TEST_UNTIL_H)
  if (test !== undefined && !isUint(test)) fail('test validity invalid')
  const vax = hc.get(HC_VACCINATED)
  if (vax !== undefined && typeof vax !== 'boolean') fail('vaccination flag invalid')
  return {
    version, region, issuedAt: iat, expiresAt: exp, holder, surname, idEnds: ends, idType, idLength, status,
    testValidUntil: test === undefined ? undefined : (test as number) * 3600,
    vaccinated: vax as boolean | undefined, deviceKeyHash, paper
  }
}

export function reportClaims(c: CredentialContent, kid: Uint8Array, alg: string): HealthCodeClaims {
  return {
    v: c.version, iss: c.region, kid: toBase64(kid), alg, iat: c.issuedAt, exp: c.expiresAt,
    holder: toBase64(c.holder, true), name: c.surname + '*', id: maskedText({ idType: c.idType, shown: c.idEnds, length: c.idLength }), idType: c.idType,
    status: c.status, testValidUntil: c.testValidUntil ?? null, vaccinated: c.vaccinated ?? null,
    device: c.deviceKeyHash ? toBase64(c.deviceKeyHash, true) : null, paper: c.paper
  }
}
