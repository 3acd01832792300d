// The trust list a verifier holds: issuer keys (national trust list), EU DCC signer certificates,
// and each region's signed revocation list. Prepared once, then used for every scan.
import { fromBase64, toHex } from '../encoding/bytes'
import { algFromCoseId, IssuerAlg, issuerVerify } from '../crypto/issuer-signature'
import { headerAlg, headerKid, sigStructure } from './cose'
import { readRevocationList, RevocationListFile } from './revocation'

export type KeyUse = 'issue' | 'rules' | 'checkpoint'

/** One issuer entry, exactly as `healthcode keygen` prints it. */
export interface TrustListIssuer {
  region: string
  kid: string
  alg: IssuerAlg
  publicKey: string
  notBefore: string
  notAfter: string
  use?: KeyUse
}

export interface TrustListJson {
  issuers?: TrustListIssuer[]
  dcc?: string[]
  revocations?: (RevocationListFile | string)[]
  /** When the verifier last synced this list from the server (ISO time). */
  syncedAt?: string
}

export interface PreparedKey {
  region: string
  alg: IssuerAlg
  publicKey: Uint8Array
  notBefore: number
  notAfter: number
  use: KeyUse
}

export interface PreparedTrust {
  keys: Map<string, PreparedKey[]>
  dcc: string[]
  /** region → holder hex → entries */
  revocations: Map<string, Map<string, { device: string | null; before: number }[]>>
  syncedAt: number | null
  problems: string[]
}

const cache = new WeakMap<object, PreparedTrust>()

function toSeconds(iso: string): number {
  const t = Date.parse(iso)
  if (Number.isNaN(t)) throw new Error('bad time ' + iso)
  return Math.floor(t / 1000)
}

export function prepareTrust(json: TrustListJson | PreparedTrust): PreparedTrust {
  if ('keys' in json && json.keys instanceof Map) return json as PreparedTrust
  const cached = cache.get(json)
  if (cached) return cached
  const t = json as TrustListJson
  const prepared: PreparedTrust = { keys: new Map(), dcc: t.dcc ?? [], revocations: new Map(), syncedAt: null, problems: [] }
  for (const entry of t.issuers ?? []) {
    try {
      const key: PreparedKey = {
        region: entry.region, alg: entry.alg, publicKey: fromBase64(entry.publicKey),
        notBefore: toSeconds(entry.notBefore), notAfter: toSeconds(entry.notAfter), use: entry.use ?? 'issue'
      }
      const kid = toHex(fromBase64(entry.kid))
      prepared.keys.set(kid, [...(prepared.keys.get(kid) ?? []), key])
    } catch (e) {
      prepared.problems.push(`issuer ${entry.kid}: ${(e as Error).message}`)
    }
  }
  const newest = new Map<string, { seq: number; entries: { holder: Uint8Array; device: Uint8Array | null; before: number }[] }>()
  for (const file of t.revocations ?? []) {
    try {
      const { sign1, list } = readRevocationList(file)
      const kid = headerKid(sign1)
      const alg = algFromCoseId(headerAlg(sign1))
      const candidates = (kid && prepared.keys.get(toHex(kid))) || []
      const ok = candidates.some(k => k.alg === alg && k.region === list.region && k.use === 'issue' &&
        issuerVerify(k.alg, sigStructure(sign1.protectedBytes, sign1.payload), sign1.signature, k.publicKey))
      if (!ok) { prepared.problems.push(`revocation list of ${list.region} seq ${list.seq}: signature not trusted`); continue }
      const prior = newest.get(list.region)
      if (!prior || prior.seq < list.seq) newest.set(list.region, { seq: list.seq, entries: list.entries })
    } catch (e) {
      prepared.problems.push(`revocation list: ${(e as Error).message}`)
    }
  }
  for (const [region, { entries }] of newest) {
    const byHolder = new Map<string, { device: string | null; before: number }[]>()
    for (const e of entries) {
      const h = toHex(e.holder)
      byHolder.set(h, [...(byHolder.get(h) ?? []), { device: e.device ? toHex(e.device) : null, before: e.before }])
    }
    prepared.revocations.set(region, byHolder)
  }
  if (t.syncedAt) prepared.syncedAt = toSeconds(t.syncedAt)
  cache.set(json, prepared)
  return prepared
}

export function isRevoked(trust: PreparedTrust, region: string, holder: Uint8Array, device: Uint8Array | null, issuedAt: number): boolean {
  const entries = trust.revocations.get(region)?.get(toHex(holder))
  if (!entries) return false
  const dev = device ? toHex(device) : null
  return entries.some(e => issuedAt <= e.before && (e.device === null || e.device === dev))
}
