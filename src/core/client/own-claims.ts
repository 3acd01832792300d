// What the holder's own screen shows from its stored credential: masked name and ID, region of issue,
// colour, issue and expiry times. It does not verify the issuer's signature (the app fetched the
// credential over its authenticated channel; verifiers check what is drawn). Unlike
// readOwnCredential it imports no issuer-signature code, which would pull the P-256 and SM2
// libraries into the mini-program's main package for nothing.
import { cborDecode } from '../encoding/cbor'
import { claimsFromCbor } from '../credential/claims'
import { readSign1 } from '../credential/cose'
import { decodeText } from '../credential/text-codec'
import { maskedText } from '../identity/id-mask'
import type { HealthStatus } from '../credential/format'

export interface OwnClaims {
  region: string
  issuedAt: number
  expiresAt: number
  name: string
  id: string
  status: HealthStatus | null
}

export function readOwnClaims(text: string): OwnClaims | null {
  try {
    const c = claimsFromCbor(cborDecode(readSign1(decodeText(text)).payload))
    return { region: c.region, issuedAt: c.issuedAt, expiresAt: c.expiresAt, name: c.surname + '*', id: maskedText({ idType: c.idType, shown: c.idEnds, length: c.idLength }), status: c.status }
  } catch {
    return null
  }
}

/** The device-key hash the credential is bound to (`cnf`), or null: which phone may present it. */
export function readOwnDeviceHash(text: string): Uint8Array | null {
  try {
    return claimsFromCbor(cborDecode(readSign1(decodeText(text)).payload)).deviceKeyHash
  } catch {
    return null
  }
}
