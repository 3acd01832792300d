import { callbackSource, JSENCRYPT_SEED_BYTES, pooledRandom, RandomUnavailableError } from './random-contract'

// A wx.getRandomValues stand-in: asynchronous, like WeChat's.
function fakeWx() {
  let counter = 0
  const requests: number[] = []
  const api = ({ length, success }: { length: number; success: (r: { randomValues: ArrayBuffer }) => void }) => {
    requests.push(length)
    setTimeout(() => success({ randomValues: Uint8Array.from({ length }, () => counter++ & 0xff).buffer }), 0)
  }
  return { api, requests }
}

describe('a pool filled by an asynchronous platform source', () => {
  it('serves async takes and, once filled, a synchronous getRandomValues (as jsencrypt needs)', async () => {
    const wx = fakeWx()
    const r = pooledRandom(callbackSource(wx.api))
    await r.ensure(JSENCRYPT_SEED_BYTES)
    const words = r.getRandomValues(new Uint32Array(256))
    expect(words.length).toBe(256)
    expect(words[0]).toBe(0x03020100) // little-endian bytes 0,1,2,3 from the source
    const key = await r.take(48)
    expect(key.length).toBe(48)
    expect(wx.requests[0]).toBeGreaterThanOrEqual(JSENCRYPT_SEED_BYTES)
  })

  it('throws when empty instead of falling back to Math.random', () => {
    const r = pooledRandom(() => new Promise(() => undefined))
    expect(() => r.getRandomValues(new Uint8Array(16))).toThrow('random pool exhausted')
  })

  it('reports a platform without the API', async () => {
    await expect(pooledRandom(callbackSource(undefined)).take(8)).rejects.toBeInstanceOf(RandomUnavailableError)
  })
})
