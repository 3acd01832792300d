// The device use cases, each built with the narrow ports it needs.
import type { Container } from '../container'
import { nodeRandomSource } from '../../adapters/crypto/node-random-source'
import { IssueRandomSeed } from '../../usecases/device/issue-random-seed'

/**
 * A phone without a CSPRNG asks once per launch and once per sync (every 3 minutes while the home page
 * shows): 20 an hour. 1200 an hour lets 60 such phones share one address (a carrier's NAT) while still
 * bounding what one address can make the host do.
 */
const RANDOM_SEED_PER_IP_PER_HOUR = 1200

export class DeviceUseCases {
  constructor(protected readonly c: Container) {}

  get issueRandomSeed() {
    return new IssueRandomSeed({ random: nodeRandomSource, limiter: this.c.store.rateLimiter, policy: { perIpPerHour: RANDOM_SEED_PER_IP_PER_HOUR } })
  }
}
