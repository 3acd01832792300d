// Signed revocation lists. One entry per change (status change, new phone, ended grant) revokes every
// credential of that holder — optionally only those bound to one device — issued at or before `before`.
// Entries name the holder pseudonym and device-key hash, never a credential's bytes or signature hash:
// ECDSA signatures are malleable ((r, s) and (r, n-s) both verify), so a signature hash would be dodgeable.
import { cborDecode, cborEncode, CborValue } from '../encoding/cbor'
import { fromBase64, toBase64 } from '../encoding/bytes'
import { coseAlgId, IssuerSigner } from '../crypto/issuer-signature'
import { buildSign1Value, protectedHeaderBytes, readSign1, Sign1, sigStructure } from './cose'
import { CLAIM_REVOCATIONS, CWT_IAT, CWT_ISS, RV_ENTRIES, RV_SEQ } from './format'

export interface RevocationEntry {
  holder: Uint8Array
  device: Uint8Array | null
  before: number
}

export interface RevocationList {
  region: string
  seq: number
  issuedAt: number
  entries: RevocationEntry[]
}

/** The file form: readable fields for people, and the signed COSE object that verifiers actually use. */
export interface RevocationListFile {
  region: string
  kid: string
  seq: number
  issuedAt: string
  entries: { holder: string; device?: string; before: string }[]
  cose: string
}

export function signRevocationList(list: RevocationList, signer: IssuerSigner): RevocationListFile {
  if (list.region !== signer.region) throw new Error('a region signs only its own revocations')
  const entries: CborValue[] = list.entries.map(e => [e.holder, e.device, e.before])
  const payload = cborEncode(new Map<number, CborValue>([
    [CWT_ISS, list.region],
    [CWT_IAT, list.issuedAt],
    [CLAIM_REVOCATIONS, new Map<number, CborValue>([[RV_SEQ, list.seq], [RV_ENTRIES, entries]])]
  ]))
  const protectedBytes = protectedHeaderBytes(coseAlgId(signer.alg), signer.kid)
  const signature = signer.sign(sigStructure(protectedBytes, payload))
  const cose = cborEncode(buildSign1Value(protectedBytes, payload, signature))
  return {
    region: list.region,
    kid: toBase64(signer.kid),
    seq: list.seq,
    issuedAt: new Date(list.issuedAt * 1000).toISOString(),
    entries: list.entries.map(e => ({
      holder: toBase64(e.holder, true),
      ...(e.device ? { device: toBase64(e.device, true) } : {}),
      before: new Date(e.before * 1000).toISOString()
    })),
    cose: toBase64(cose)
  }
}

/** Parses (does not verify) a signed list; throws on malformation. */
export function readRevocationList(file: RevocationListFile | string): { sign1: Sign1; list: RevocationList } {
  const b64 = typeof file === 'string' ? file : file.cose
  const sign1 = readSign1(cborDecode(fromBase64(b64)))
  const claims = cborDecode(sign1.payload)
  if (!(claims instanceof Map)) throw new Error('revocation payload is not a map')
  const region = claims.get(CWT_ISS)
  const issuedAt = claims.get(CWT_IAT)
  const body = claims.get(CLAIM_REVOCATIONS)
  if (typeof region !== 'string' || typeof issuedAt !== 'number' || !(body instanceof Map)) throw new Error('revocation claims invalid')
  const seq = body.get(RV_SEQ)
  const raw = body.get(RV_ENTRIES)
  if (typeof seq !== 'number' || !Array.isArray(raw)) throw new Error('revocation body invalid')
  const entries = raw.map(e => {
    if (!Array.isArray(e) || e.length !== 3) throw new Error('revocation entry invalid')
    const [holder, device, before] = e
    if (!(holder instanceof Uint8Array) || !(device === null || device instanceof Uint8Array) || typeof before !== 'number') {
      throw new Error('revocation entry invalid')
    }
    return { holder, device, before }
  })
  return { sign1, list: { region, seq, issuedAt, entries } }
}

/** Adds an entry, raising the sequence number; an existing entry for the same holder and device is widened. */
export function withRevocation(list: RevocationList, entry: RevocationEntry, nowSeconds: number): RevocationList {
  const key = (e: RevocationEntry) => toBase64(e.holder) + '/' + (e.device ? toBase64(e.device) : '')
  const others = list.entries.filter(e => key(e) !== key(entry))
  const prior = list.entries.find(e => key(e) === key(entry))
  const merged = prior ? { ...entry, before: Math.max(prior.before, entry.before) } : entry
  return { ...list, seq: list.seq + 1, issuedAt: Math.floor(nowSeconds), entries: [...others, merged] }
}
