// Shapes of a verified EU DCC. Field names are the schema's short keys (DCC schema 1.3.x).

export interface DccName {
  fn?: string
  fnt?: string
  gn?: string
  gnt?: string
}

/** The hcert payload (CWT claim -260, key 1); one of v/t/r is present, with exactly one entry. */
export interface DccPayload {
  ver: string
  nam: DccName
  dob: string
  v?: Array<Record<string, string | number>>
  t?: Array<Record<string, string | number>>
  r?: Array<Record<string, string | number>>
}

export type DccType = 'v' | 't' | 'r'

export interface DccClaims {
  /** CWT issuer (claim 1), an ISO 3166-1 alpha-2 code when present; optional in the hcert spec. */
  iss: string | null
  /** Issued at / expiry (claims 6 / 4), Unix seconds. */
  iat: number
  exp: number
  dcc: DccPayload
}
