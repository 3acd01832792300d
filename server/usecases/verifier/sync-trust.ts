// The trust list for verifiers and holders to sync (public: only public keys and pseudonymous
// revocations), with the host's clock, from which the phone learns its offset.
import type { TrustSync } from '@core/api/contract/verifier'
import { currentTrustList, type TrustListDeps } from '../credential/trust-list'

export class SyncTrust {
  constructor(private readonly deps: TrustListDeps) {}

  async execute(): Promise<TrustSync> {
    return { trustList: await currentTrustList(this.deps), serverTime: this.deps.clock.now() }
  }
}
