// Housekeeping (the daily purge): grants past their expiry are ended as expired, each like a revocation.
import { endGrant, type EndGrantDeps } from './end-grant'

export class ExpireGrants {
  constructor(private readonly deps: EndGrantDeps) {}

  /** Returns how many grants were due. */
  async execute(): Promise<number> {
    const due = await this.deps.store.grants.expiredBefore(this.deps.clock.now())
    for (const g of due) await endGrant(this.deps, null, g.id, 'expired')
    return due.length
  }
}
