// What the host's readiness check and metrics read, composed from the container: the store probe, whether
// the keys are in memory, the audit chain's signing lag and the published revocation list's signing time.
// Read on demand (a probe, a scrape), never on the request path.
import type { Container } from './container'
import type { StoreProbe } from '../ports/store-probe'
import { KyselyStoreProbe } from '../adapters/db/store-probe'
import { poolOf } from '../adapters/db/database'
import { currentTrustList } from '../usecases/credential/trust-list'
import { useCasesOf } from './use-cases'

export interface AuditSigning {
  /** Seconds since the chain's head was last signed; before the first checkpoint, since the first entry (0 when empty). */
  checkpointAgeSeconds: number
  /** Entries appended since that checkpoint, not yet covered by a signature. */
  unsigned: number
}

export interface HostProbes {
  store: StoreProbe
  /** The signing, session, data and transport keys are in memory (a reload swaps them whole). */
  keysLoaded(): boolean
  auditSigning(): Promise<AuditSigning>
  /** Seconds since the revocation list inside the published trust list was signed. */
  trustListAgeSeconds(): Promise<number>
}

export function hostProbesOf(c: Container): HostProbes {
  const store = new KyselyStoreProbe(c.db, poolOf(c.db))
  return {
    store,
    keysLoaded: () => {
      const k = c.keys
      return !!(k?.issuer?.privateKey && k.checkpoint?.privateKey && k.secrets?.sessionKey && k.secrets.dataKeys?.[k.secrets.activeDataKey] && k.transportPrivatePem)
    },
    auditSigning: async () => {
      const [head, last, first] = await Promise.all([c.store.auditChain.head(), c.store.auditChain.lastCheckpoint(), c.store.auditChain.entries(0, 1)])
      const since = last?.at ?? first[0]?.at ?? c.clock.now()
      return { checkpointAgeSeconds: Math.max(0, (c.clock.now() - since) / 1000), unsigned: Math.max(0, head.seq - (last?.seq ?? 0)) }
    },
    trustListAgeSeconds: async () => {
      const list = await currentTrustList(useCasesOf(c).verifier.trustList)
      const signed = list.revocations?.find(r => typeof r !== 'string')
      const issued = Date.parse(signed && typeof signed !== 'string' ? signed.issuedAt : list.publishedAt)
      return Math.max(0, (c.clock.now() - issued) / 1000)
    }
  }
}
