// Alipay: we found no documented my.getRandomValues (Alipay's API reference lists none; WeChat's
// wx.getRandomValues has no Alipay counterpart in Taro's API map either). So: use my.getRandomValues
// if a future base library provides it, else a global crypto.getRandomValues if the engine has one,
// else refuse: no device key and no ID encryption rather than keys from Math.random. The pages then
// say this Alipay version cannot make a secure key (docs/frontend.md).
import { window as taroWindow } from '@tarojs/runtime'
import { callbackSource, JSENCRYPT_SEED_BYTES, pooledRandom, RandomUnavailableError } from './random-contract'

export { RandomUnavailableError } from './random-contract'

declare const my: { getRandomValues?: Parameters<typeof callbackSource>[0] } | undefined

function fetchBytes(length: number): Promise<Uint8Array> {
  if (typeof my !== 'undefined' && typeof my.getRandomValues === 'function') return callbackSource(my.getRandomValues.bind(my))(length)
  const g = typeof globalThis === 'undefined' ? undefined : (globalThis as { crypto?: { getRandomValues?: (a: Uint8Array) => Uint8Array } })
  const c = g?.crypto
  if (c && typeof c.getRandomValues === 'function') return Promise.resolve(c.getRandomValues(new Uint8Array(length)))
  return Promise.reject(new RandomUnavailableError())
}

const source = pooledRandom(fetchBytes)

export const warmRandom = source.warm
export const secureRandom = source.take

export async function prepareCryptoGlobal(): Promise<void> {
  await source.ensure(JSENCRYPT_SEED_BYTES + 64)
  const w = taroWindow as unknown as { crypto?: { getRandomValues?: unknown } }
  if (!w.crypto || typeof w.crypto.getRandomValues !== 'function') w.crypto = { getRandomValues: source.getRandomValues }
}
