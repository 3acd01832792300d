// What a verifier's screen may show of a scanned code: colour, masked name and ID, validity and the
// checkpoint facts the code carries — never the holder's health details. A rejected code shows only why.
import type { VerifyResult } from './reasons'
import type { HealthCodeClaims } from './claims'
import type { IdType } from '../declaration/vocabulary'
import { REASONS } from './reasons'

export interface VerifierView {
  valid: boolean
  kind: VerifyResult['kind']
  /** Stable reason codes, in verification order. */
  reasons: string[]
  status: 'green' | 'yellow' | 'red' | null
  name: string | null
  /** The masked ID number, to compare with the document of `idType` (absent: a resident ID card). */
  id: string | null
  idType?: IdType | null
  region: string | null
  issuedAt: number | null
  expiresAt: number | null
  testValidUntil: number | null
  vaccinated: boolean | null
  /** A paper code: check the ID card, and look the status up online. */
  paper: boolean
  /** The trust list is older than allowed: "cannot verify: update needed". */
  updateNeeded: boolean
}

interface DccLike { iat: number; exp: number; iss: string | null; dcc: { nam?: { fn?: string; gn?: string; fnt?: string }; dob?: string } }

export function verifierView(result: VerifyResult): VerifierView {
  const base: VerifierView = {
    valid: result.valid, kind: result.kind, reasons: [...result.reasons].sort((a, b) => REASONS.indexOf(a) - REASONS.indexOf(b)),
    status: null, name: null, id: null, idType: null, region: null, issuedAt: null, expiresAt: null, testValidUntil: null, vaccinated: null,
    paper: result.kind === 'healthcode-paper', updateNeeded: result.reasons.includes('trust-list-stale')
  }
  if (!result.valid || !result.claims) return base
  if (result.kind === 'dcc') {
    const c = result.claims as DccLike
    const nam = c.dcc.nam ?? {}
    return { ...base, name: [nam.fn ?? nam.fnt, nam.gn].filter(Boolean).join(', ') || null, id: c.dcc.dob ? `DOB ${c.dcc.dob}` : null, region: c.iss, issuedAt: c.iat, expiresAt: c.exp }
  }
  const c = result.claims as HealthCodeClaims
  return {
    ...base, status: c.status, name: c.name, id: c.id, idType: c.idType, region: c.iss, issuedAt: c.iat, expiresAt: c.exp,
    testValidUntil: c.testValidUntil, vaccinated: c.vaccinated
  }
}
