// Ends a region's service: deletes all personal data and returns a deletion report signed with the region's
// key — counts per data class and a SHA-256 over what was deleted — that anyone can check against the trust
// list. The audit log (pseudonymous) is kept, closed with a final entry and a signed checkpoint.
import { sha256 } from '@noble/hashes/sha256'
import { bytesToHex } from '@noble/hashes/utils'
import { fromBase64, toBase64, utf8Encode } from '@core/encoding/bytes'
import { issuerVerify, type IssuerSigner } from '@core/crypto/issuer-signature'
import type { IssuerKeyFile } from '@core/credential/issuer-key'
import type { TrustListIssuer } from '@core/credential/trust-list'
import type { Clock } from '../../ports/clock'
import type { RetentionStore } from '../../ports/retention-store'
import type { Store } from '../../ports/store'
import { canonicalJson } from '../../kernel/audit-chain'
import { checkpointNow } from '../audit-log/checkpoints'

export interface DeletionReport {
  region: string
  at: string
  counts: Record<string, number>
  hashes: Record<string, string>
  total: string
  kid: string
  alg: string
  signature: string
}

const body = (r: Omit<DeletionReport, 'signature'>) => utf8Encode(canonicalJson(r))

export class Decommission {
  constructor(private readonly deps: {
    retention: RetentionStore
    store: Store
    clock: Clock
    region: string
    signer: IssuerSigner
    issuer: { kid: string; alg: string }
    checkpointKey: IssuerKeyFile
  }) {}

  async execute(): Promise<DeletionReport> {
    const { retention, store, clock, region, signer, issuer, checkpointKey } = this.deps
    const { counts, hashes, tables } = await retention.eraseAllPersonalData()
    const unsigned = {
      region, at: new Date(clock.now()).toISOString(), counts, hashes,
      total: bytesToHex(sha256(utf8Encode(tables.map(t => `${t}:${hashes[t]}`).join('\n')))),
      kid: issuer.kid, alg: issuer.alg
    }
    await store.transaction(tx => tx.audit.append({ region, actor: 'operator', action: 'region.decommission', subject: null, data: { total: unsigned.total, counts } }))
    await checkpointNow(store, checkpointKey, clock)
    return { ...unsigned, signature: toBase64(signer.sign(body(unsigned))) }
  }
}

export function verifyDeletionReport(report: DeletionReport, issuers: TrustListIssuer[]): boolean {
  const { signature, ...unsigned } = report
  return issuers.some(k => k.kid === report.kid && k.region === report.region && k.alg === report.alg &&
    issuerVerify(k.alg, body(unsigned), fromBase64(signature), fromBase64(k.publicKey)))
}
