// The CWT payload of a DCC (hcert spec §3.3): iss (1), exp (4), iat (6) and hcert (-260) → { 1: dcc }.
import { CborValue, cborDecode, cborToJson } from '../encoding/cbor'

export const CLAIM_ISS = 1
export const CLAIM_EXP = 4
export const CLAIM_IAT = 6
export const CLAIM_HCERT = -260
export const HCERT_EU_DCC_V1 = 1

export interface CwtContent {
  iss: string | null
  iat: number
  exp: number
  /** The hcert payload converted to JSON types, not yet schema-checked. */
  hcert: unknown
}

function time(v: CborValue): number {
  // The spec asks for integers (issuer check I-CO4); a finite number is accepted, as other verifiers do.
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new Error('cwt: bad time claim')
  return v
}

/** Throws when the payload is not a CWT claims map carrying an EU DCC. */
export function parseCwt(payload: Uint8Array): CwtContent {
  const claims = cborDecode(payload)
  if (!(claims instanceof Map)) throw new Error('cwt: claims are not a map')
  const iss = claims.get(CLAIM_ISS)
  if (iss !== undefined && typeof iss !== 'string') throw new Error('cwt: bad iss')
  const hcert = claims.get(CLAIM_HCERT)
  if (!(hcert instanceof Map)) throw new Error('cwt: no hcert claim')
  const dcc = hcert.get(HCERT_EU_DCC_V1)
  if (!(dcc instanceof Map)) throw new Error('cwt: no EU DCC in hcert')
  return {
    iss: iss ?? null,
    iat: time(claims.get(CLAIM_IAT)),
    exp: time(claims.get(CLAIM_EXP)),
    hcert: cborToJson(dcc)
  }
}
