// Cryptographic randomness, per platform. The device key and jsencrypt's OAEP padding must come from
// the platform's CSPRNG, never Math.random. Platform files (random.weapp.ts, random.alipay.ts,
// random.h5.ts) import from here, never from './random' (Taro would resolve that back to themselves).
import { RandomPool } from '@core/crypto/random'

export class RandomUnavailableError extends Error {
  constructor(
    message = 'no cryptographically secure random source on this platform',
    /** 'no-source': this platform has none; 'no-seed': the fallback generator could not reach the host. */
    readonly reason: 'no-source' | 'no-seed' = 'no-source'
  ) {
    super(message)
  }
}

/** The message key for a random-source failure: an old client, or a network problem worth retrying. */
export function randomErrorKey(err: unknown): 'code.noRandom' | 'code.noSeed' | null {
  if (!(err instanceof RandomUnavailableError)) return null
  return err.reason === 'no-seed' ? 'code.noSeed' : 'code.noRandom'
}

/**
 * jsencrypt 3.5.x takes 256 random words (1 KiB through a Uint32Array) from `self.crypto` the first
 * time its module runs, then seeds its own ARC4 generator from them; keep that much ready.
 */
export const JSENCRYPT_SEED_BYTES = 1024
const TOP_UP_BYTES = 2048

/** A pool that an asynchronous platform source (wx/my.getRandomValues) fills ahead of use. */
export function pooledRandom(fetchBytes: (length: number) => Promise<Uint8Array>) {
  const pool = new RandomPool()
  let filling: Promise<void> | null = null

  async function ensure(length: number): Promise<void> {
    while (pool.available < length) {
      if (!filling) {
        filling = fetchBytes(Math.max(length - pool.available, TOP_UP_BYTES))
          .then((bytes) => pool.add(bytes))
          .finally(() => {
            filling = null
          })
      }
      await filling
    }
  }

  return {
    pool,
    ensure,
    /** Start filling at launch; failures surface later, when bytes are asked for. */
    warm: () => void ensure(TOP_UP_BYTES).catch(() => undefined),
    take: async (length: number) => {
      await ensure(length)
      return pool.take(length)
    },
    /** A synchronous getRandomValues over the pool; throws when empty (RandomPool never falls back). */
    getRandomValues<T extends ArrayBufferView>(array: T): T {
      const bytes = pool.take(array.byteLength)
      new Uint8Array(array.buffer, array.byteOffset, array.byteLength).set(bytes)
      void ensure(TOP_UP_BYTES).catch(() => undefined)
      return array
    }
  }
}

/** Calls a wx/my-style `getRandomValues({ length, success, fail })`. */
export function callbackSource(api: ((o: { length: number; success: (r: { randomValues: ArrayBuffer }) => void; fail: (e: unknown) => void }) => void) | undefined) {
  return (length: number) =>
    new Promise<Uint8Array>((resolve, reject) => {
      if (typeof api !== 'function') return reject(new RandomUnavailableError())
      api({ length, success: (r) => resolve(new Uint8Array(r.randomValues)), fail: (e) => reject(new RandomUnavailableError(String((e as { errMsg?: string })?.errMsg ?? e))) })
    })
}
