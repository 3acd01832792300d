// Issuing a credential: CWT claims in a COSE_Sign1, signed by the region's issuer key.
import { cborEncode } from '../encoding/cbor'
import { coseAlgId, IssuerSigner } from '../crypto/issuer-signature'
import { buildSign1Value, protectedHeaderBytes, sigStructure } from './cose'
import { claimsToCbor, CredentialContent } from './claims'
import { encodeText } from './text-codec'
import type { IdType } from '../declaration/vocabulary'
import { maskShape } from '../identity/id-mask'
import {
  DEFAULT_LIFETIME_S, FORMAT_VERSION, HealthStatus, MAX_LIFETIME_S, PAPER_DEFAULT_LIFETIME_S, PAPER_MAX_LIFETIME_S
} from './format'

export interface IssueInput {
  holder: Uint8Array
  surname: string
  /** The characters of the ID number its mask shows (id-mask.ts), e.g. the first and last two of a resident ID number. */
  idEnds: string
  /** Default: a resident ID card (18 characters). */
  idType?: IdType
  idLength?: number
  status?: HealthStatus
  testValidUntil?: number
  vaccinated?: boolean
  deviceKeyHash?: Uint8Array
  paper?: boolean
  /** Unix seconds; rounded down to the minute, which is all a verifier needs. */
  issuedAt: number
  lifetimeSeconds?: number
}

export interface IssuedCredential {
  text: string
  content: CredentialContent
}

export function issueCredential(input: IssueInput, signer: IssuerSigner): IssuedCredential {
  const paper = input.paper === true
  const lifetime = input.lifetimeSeconds ?? (paper ? PAPER_DEFAULT_LIFETIME_S : DEFAULT_LIFETIME_S)
  if (lifetime <= 0 || lifetime > (paper ? PAPER_MAX_LIFETIME_S : MAX_LIFETIME_S)) throw new Error('lifetime out of range')
  if (paper && (input.deviceKeyHash || input.status)) throw new Error('a paper code has no device binding and no status')
  if (!paper && (!input.deviceKeyHash || !input.status)) throw new Error('a dynamic code needs a device key hash and a status')
  const idType = input.idType ?? 'resident-id'
  const idLength = input.idLength ?? 18
  const { lead, tail } = maskShape(idLength)
  if (input.idEnds.length !== lead + tail || (idType === 'resident-id' && idLength !== 18)) throw new Error('the ID number shown is not its mask')
  const issuedAt = Math.floor(input.issuedAt / 60) * 60
  const content: CredentialContent = {
    version: FORMAT_VERSION,
    region: signer.region,
    issuedAt,
    expiresAt: issuedAt + lifetime,
    holder: input.holder,
    surname: input.surname,
    idEnds: input.idEnds,
    idType,
    idLength,
    status: paper ? null : (input.status as HealthStatus),
    testValidUntil: input.testValidUntil === undefined ? undefined : Math.floor(input.testValidUntil / 3600) * 3600,
    vaccinated: input.vaccinated,
    deviceKeyHash: paper ? null : (input.deviceKeyHash as Uint8Array),
    paper
  }
  const protectedBytes = protectedHeaderBytes(coseAlgId(signer.alg), signer.kid)
  const payload = cborEncode(claimsToCbor(content))
  const signature = signer.sign(sigStructure(protectedBytes, payload))
  return { text: encodeText(buildSign1Value(protectedBytes, payload, signature)), content }
}
