// A random source for platforms that give no CSPRNG: Alipay clients without my.getRandomValues, and WeChat
// mini-program plugins (WeChat documents wx.getRandomValues as unsupported inside plugins). Shared by
// random.alipay.ts and, later, the plugin build; no Taro imports, the platform file hands in its sources.
//
// An HMAC-DRBG (SP 800-90A, src/core/crypto/hmac-drbg.ts) instantiated with
//   entropy input  = the host's 32 bytes (`random-seed`, over TLS) || the phone's local entropy,
//   nonce          = the clocks (Date.now, performance.now where present),
//   personalization = this module's label,
// reseeded the same way at each sync (reseedRandom), with the clocks as additional input to every request.
// The host's bytes make the output unpredictable to anyone who cannot read the TLS session; the local
// entropy makes it unpredictable to the host alone. Threat model: docs/keys.md. Never Math.random.
//
// Used only where the platform has no CSPRNG: platformOrFallback() asks on every call, so the platform's
// own source (my.getRandomValues if a base library adds it, a global crypto) always wins when present.
import { HmacDrbg, MAX_REQUEST_BYTES, MIN_ENTROPY_BYTES } from '@core/crypto/hmac-drbg'
import { concatBytes, utf8Encode } from '@core/encoding/bytes'
import { RandomUnavailableError, type pooledRandom } from './random-contract'

/** The DRBG could not be seeded: the host's seed did not come (offline, refused, too slow). */
export class RandomSeedUnavailableError extends RandomUnavailableError {
  constructor(message = 'the random generator could not be seeded from the host') {
    super(message, 'no-seed')
  }
}

export interface FallbackSources {
  /** The host's fresh random bytes (`random-seed`), fetched over TLS; rejects when they cannot be had. */
  hostSeed(): Promise<Uint8Array>
  /** What the phone itself can measure (local-entropy.ts). Weak alone; never Math.random. */
  localEntropy(): Promise<Uint8Array>
  /** A cheap sample of the clocks: the nonce, and additional input to every request. */
  clocks(): Uint8Array
  /** Begin measuring early (sensors), so the first seeding finds samples waiting. */
  warm?(): void
}

const PERSONALIZATION = utf8Encode('health-code/random-fallback/hmac-drbg-sha256/v1')
/** A verifier scanning offline must not wait long for a seed that cannot come (its scan key falls back). */
export const SEED_TIMEOUT_MS = 8000

export interface RandomService {
  /** Begin work at launch; failures surface later, when bytes are asked for. */
  warm(): void
  /** `length` bytes; waits for the source to be ready. */
  take(length: number): Promise<Uint8Array>
  /** Be ready to answer `getRandomValues` for `length` bytes synchronously. */
  ensure(length: number): Promise<void>
  /** A synchronous getRandomValues (jsencrypt's); throws when not ready, never falls back. */
  getRandomValues<T extends ArrayBufferView>(array: T): T
  /** Fresh entropy from the host and the phone; never rejects (a failed reseed leaves the state as it was). */
  reseed(): Promise<void>
}

export function fallbackRandom(sources: FallbackSources): RandomService {
  let drbg: HmacDrbg | null = null
  let starting: Promise<HmacDrbg> | null = null

  async function seedMaterial(): Promise<Uint8Array> {
    const [seed, local] = await Promise.all([withTimeout(sources.hostSeed(), SEED_TIMEOUT_MS), sources.localEntropy()])
    // The host's part alone must carry the full security strength against everyone but the host.
    if (seed.length < MIN_ENTROPY_BYTES) throw new RandomSeedUnavailableError('the host seed is too short')
    return concatBytes(seed, local)
  }

  function ready(): Promise<HmacDrbg> {
    if (drbg) return Promise.resolve(drbg)
    if (!starting) {
      starting = seedMaterial()
        .then((m) => (drbg = new HmacDrbg(m, sources.clocks(), PERSONALIZATION)))
        .finally(() => {
          starting = null
        })
    }
    return starting
  }

  function generate(d: HmacDrbg, length: number): Uint8Array {
    const out = new Uint8Array(length)
    for (let at = 0; at < length; at += MAX_REQUEST_BYTES) out.set(d.generate(Math.min(MAX_REQUEST_BYTES, length - at), sources.clocks()), at)
    return out
  }

  return {
    warm: () => sources.warm?.(),
    take: async (length) => generate(await ready(), length),
    ensure: async () => {
      await ready()
    },
    getRandomValues<T extends ArrayBufferView>(array: T): T {
      if (!drbg) throw new RandomUnavailableError('the random generator is not seeded yet')
      new Uint8Array(array.buffer, array.byteOffset, array.byteLength).set(generate(drbg, array.byteLength))
      return array
    },
    reseed: async () => {
      try {
        if (!drbg) {
          await ready()
          return
        }
        const current = drbg
        current.reseed(await seedMaterial(), sources.clocks())
      } catch {
        // Offline or refused: the generator keeps its state (still seeded from the host and the phone).
      }
    }
  }
}

/**
 * The platform's CSPRNG when it has one (asked on every call: a base library may add one), else the
 * fallback. `hasCsprng` must be cheap and must not call anything random.
 */
export function platformOrFallback(hasCsprng: () => boolean, platform: ReturnType<typeof pooledRandom>, fallback: RandomService): RandomService {
  const current = (): Pick<RandomService, 'take' | 'ensure' | 'getRandomValues'> => (hasCsprng() ? platform : fallback)
  return {
    warm: () => (hasCsprng() ? platform.warm() : fallback.warm()),
    take: (length) => current().take(length),
    ensure: (length) => current().ensure(length),
    getRandomValues: (array) => current().getRandomValues(array),
    reseed: async () => {
      if (!hasCsprng()) await fallback.reseed()
    }
  }
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new RandomSeedUnavailableError('the host seed did not come in time')), ms)
    p.then(
      (v) => {
        clearTimeout(timer)
        resolve(v)
      },
      (e) => {
        clearTimeout(timer)
        reject(e instanceof RandomUnavailableError ? e : new RandomSeedUnavailableError(String((e as Error)?.message ?? e)))
      }
    )
  })
}
