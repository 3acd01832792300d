// Hands a phone 32 fresh bytes from the host's CSPRNG, one of the seeds of its fallback generator
// (src/core/crypto/hmac-drbg.ts) where the platform has no secure random source. The bytes are answered
// and forgotten: never stored, never logged (the host logs paths and return codes only). The phone mixes
// them with its own entropy, so the host alone cannot predict what the phone makes (docs/keys.md).
import { AppError } from '@core/api/app-error'
import type { RandomSeed } from '@core/api/contract/device'
import { RANDOM_SEED_BYTES } from '@core/api/vocabulary'
import { toBase64 } from '@core/encoding/bytes'
import type { RandomSource } from '../../ports/random-source'
import type { RateLimiter } from '../../ports/rate-limiter'

export interface RandomSeedPolicy {
  /** Answers per client address per hour (many phones may share one address behind a carrier's NAT). */
  perIpPerHour: number
}

export class IssueRandomSeed {
  constructor(private readonly deps: { random: RandomSource; limiter: RateLimiter; policy: RandomSeedPolicy }) {}

  /** `ip`: the caller's address, for the per-address limit ('' where the platform gives none: its own quotas apply). */
  async execute(ip: string): Promise<RandomSeed> {
    const { random, limiter, policy } = this.deps
    if (ip && !(await limiter.hit(`random-seed:ip:${ip}`, policy.perIpPerHour, 3600_000))) throw new AppError('RATE_LIMITED')
    return { seed: toBase64(random.bytes(RANDOM_SEED_BYTES)) }
  }
}
