// The verifier use cases, each built with the narrow ports it needs. Built on access, so a key reload
// (which swaps the container's signer and data keys) reaches the next request.
import type { Container } from '../container'
import { currentTrustList, type TrustListDeps } from '../../usecases/credential/trust-list'
import { GetScanHistory } from '../../usecases/verifier/get-scan-history'
import { GetScanStats } from '../../usecases/verifier/get-scan-stats'
import { RecordScans } from '../../usecases/verifier/record-scans'
import { SyncTrust } from '../../usecases/verifier/sync-trust'
import { VerifyCode } from '../../usecases/verifier/verify-code'

export class VerifierUseCases {
  constructor(protected readonly c: Container) {}

  /** What the published trust list is made of (also served as /trust-list.json). */
  get trustList(): TrustListDeps {
    return { clock: this.c.clock, revocations: this.c.store.revocations, signer: this.c.signer, keys: this.c.keys, maxAgeSeconds: this.c.config.trustListMaxAgeSeconds }
  }

  get syncTrust() { return new SyncTrust(this.trustList) }
  get recordScans() { return new RecordScans({ store: this.c.store, clock: this.c.clock }) }
  get verifyCode() {
    const trust = this.trustList
    const { points, citizens, statuses, scans } = this.c.store
    return new VerifyCode({ points, citizens, statuses, scans, clock: this.c.clock, trustList: () => currentTrustList(trust) })
  }
  get getScanHistory() { return new GetScanHistory({ scans: this.c.store.scans }) }
  get getScanStats() {
    const { scans, points, counters } = this.c.store
    return new GetScanStats({ scans, points, counters, clock: this.c.clock, flushCounters: () => this.c.issued.flush() })
  }
}
