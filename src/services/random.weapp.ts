// WeChat: only the asynchronous wx.getRandomValues (base library ≥ 2.15.0), so a pool is filled at
// launch and synchronous code draws from it. jsencrypt reads `self.crypto.getRandomValues` (self is
// Taro's runtime window, config/index.ts) when its module first runs: prepareCryptoGlobal() installs a
// getRandomValues over this pool there first. An empty pool throws; it never falls back to Math.random.
import { window as taroWindow } from '@tarojs/runtime'
import { callbackSource, JSENCRYPT_SEED_BYTES, pooledRandom } from './random-contract'

export { RandomUnavailableError, randomErrorKey } from './random-contract'

declare const wx: { getRandomValues?: Parameters<typeof callbackSource>[0] } | undefined

const source = pooledRandom((n) => callbackSource(typeof wx === 'undefined' ? undefined : wx.getRandomValues?.bind(wx))(n))

export const warmRandom = source.warm
export const secureRandom = source.take
/** wx.getRandomValues is WeChat's CSPRNG: nothing to reseed. */
export async function reseedRandom(): Promise<void> {}

export async function prepareCryptoGlobal(): Promise<void> {
  await source.ensure(JSENCRYPT_SEED_BYTES + 64)
  const w = taroWindow as unknown as { crypto?: { getRandomValues?: unknown } }
  if (!w.crypto || typeof w.crypto.getRandomValues !== 'function') w.crypto = { getRandomValues: source.getRandomValues }
}
