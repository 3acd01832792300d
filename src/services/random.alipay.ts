// Alipay. Alipay documents no my.getRandomValues (its API reference lists none, and Taro maps
// getRandomValues for weapp only). So, in this order, asked on every call:
//   1. my.getRandomValues, if a base library provides it (asynchronous, like WeChat's): the platform wins;
//   2. a global crypto.getRandomValues, if the engine has one;
//   3. else the fallback of random-fallback.ts: an HMAC-DRBG seeded from the host's `random-seed` (over
//      TLS) and this phone's own entropy (local-entropy.ts: accelerometer, gyroscope, timings of
//      asynchronous calls, spin jitter, system information, the clocks), reseeded at each sync.
// Never Math.random. The threat model is in docs/keys.md; docs/frontend.md, "Randomness".
import { window as taroWindow } from '@tarojs/runtime'
import { RANDOM_SEED_BYTES } from '@core/api/vocabulary'
import { ReturnCode } from '@core/api/return-codes'
import { fromBase64 } from '@core/encoding/bytes'
import { callFunction } from '@/services/cloud'
import { callbackSource, JSENCRYPT_SEED_BYTES, pooledRandom, RandomUnavailableError } from './random-contract'
import { fallbackRandom, platformOrFallback, RandomSeedUnavailableError } from './random-fallback'
import { clockSample, localEntropy, type EntropyApi } from './local-entropy'

export { RandomUnavailableError, randomErrorKey } from './random-contract'

declare const my: (EntropyApi & { getRandomValues?: Parameters<typeof callbackSource>[0] }) | undefined

type WebCrypto = { getRandomValues?: (a: Uint8Array) => Uint8Array }

function globalCrypto(): WebCrypto | undefined {
  return typeof globalThis === 'undefined' ? undefined : (globalThis as { crypto?: WebCrypto }).crypto
}

function myRandom(): Parameters<typeof callbackSource>[0] | undefined {
  return typeof my !== 'undefined' && my && typeof my.getRandomValues === 'function' ? my.getRandomValues.bind(my) : undefined
}

/** Whether this client has a CSPRNG of its own. */
function hasCsprng(): boolean {
  return myRandom() !== undefined || typeof globalCrypto()?.getRandomValues === 'function'
}

function platformBytes(length: number): Promise<Uint8Array> {
  const mine = myRandom()
  if (mine) return callbackSource(mine)(length)
  const c = globalCrypto()
  if (c && typeof c.getRandomValues === 'function') return Promise.resolve(c.getRandomValues(new Uint8Array(length)))
  return Promise.reject(new RandomUnavailableError())
}

/** The host's 32 bytes, through the gateway (HTTPS to the host, or Alipay's cloud). */
async function hostSeed(): Promise<Uint8Array> {
  const r = await callFunction('random-seed', {})
  if (r.code !== ReturnCode.OK || !r.data) throw new RandomSeedUnavailableError(`random-seed answered ${r.code}`)
  const seed = fromBase64(r.data.seed)
  if (seed.length !== RANDOM_SEED_BYTES) throw new RandomSeedUnavailableError('random-seed answered a seed of the wrong length')
  return seed
}

const entropy = localEntropy(typeof my === 'undefined' ? undefined : my)
const source = platformOrFallback(
  hasCsprng,
  pooledRandom(platformBytes),
  fallbackRandom({ hostSeed, localEntropy: entropy.collect, clocks: clockSample, warm: entropy.warm })
)

export const warmRandom = source.warm
export const secureRandom = source.take
/** Fresh host and local entropy into the fallback generator; a no-op where the platform has a CSPRNG. Never rejects. */
export const reseedRandom = source.reseed

export async function prepareCryptoGlobal(): Promise<void> {
  await source.ensure(JSENCRYPT_SEED_BYTES + 64)
  const w = taroWindow as unknown as { crypto?: { getRandomValues?: unknown } }
  if (!w.crypto || typeof w.crypto.getRandomValues !== 'function') w.crypto = { getRandomValues: source.getRandomValues }
}
