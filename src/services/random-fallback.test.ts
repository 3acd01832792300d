// The fallback random source (random-fallback.ts + local-entropy.ts) with stand-in sources: what the
// host's seed and the phone's entropy each decide, that the platform's CSPRNG wins when present, and
// that nothing ever falls back to Math.random.
import { RandomPool } from '@core/crypto/random'
import { generateDeviceKey } from '@core/crypto/device-key'
import { toHex } from '@core/encoding/bytes'
import { pooledRandom, RandomUnavailableError } from './random-contract'
import { fallbackRandom, platformOrFallback, RandomSeedUnavailableError, type FallbackSources } from './random-fallback'
import { EntropyAccumulator, localEntropy, type EntropyApi } from './local-entropy'

const HOST_SEED = Uint8Array.from({ length: 32 }, (_, i) => i * 7)
const fixedClock = () => Uint8Array.of(1, 2, 3, 4)

function install(local: Uint8Array, seed: Uint8Array = HOST_SEED, clocks = fixedClock): FallbackSources & { seedCalls: number } {
  const s = {
    seedCalls: 0,
    hostSeed: async () => {
      s.seedCalls++
      return seed
    },
    localEntropy: async () => local,
    clocks
  }
  return s
}

/** A device key exactly as code-sync.ts makes one: 64 bytes into a pool, generateDeviceKey. */
async function deviceKeyFrom(take: (n: number) => Promise<Uint8Array>): Promise<string> {
  const pool = new RandomPool()
  pool.add(await take(64))
  return toHex(generateDeviceKey(pool.take).privateKey)
}

/** The files on the stack, read without source maps (whose parser itself calls Math.random while jest formats errors). */
function callerFiles(): string[] {
  const prepare = Error.prepareStackTrace
  Error.prepareStackTrace = (_e, frames) => frames.map((f) => f.getFileName() ?? '')
  const files = new Error().stack as unknown
  Error.prepareStackTrace = prepare
  // While V8 is already formatting a stack it does not call prepareStackTrace again: a plain string then.
  return Array.isArray(files) ? files : [String(files)]
}

let mathRandom: jest.SpyInstance
let callers: string[][]
beforeEach(() => {
  callers = []
  const real = Math.random
  mathRandom = jest.spyOn(Math, 'random').mockImplementation(() => {
    const files = callerFiles()
    if (!files.some((f) => f.includes('/node_modules/source-map/'))) callers.push(files)
    return real()
  })
})
afterEach(() => {
  mathRandom.mockRestore()
  expect(callers).toEqual([])
})

describe('the fallback generator', () => {
  it('two installs with the same host seed but different local entropy make different device keys', async () => {
    const a = await deviceKeyFrom(fallbackRandom(install(Uint8Array.of(1, 1, 1))).take)
    const b = await deviceKeyFrom(fallbackRandom(install(Uint8Array.of(1, 1, 2))).take)
    expect(a).not.toBe(b)
  })

  it('the same host seed, local entropy and clocks make the same key: the phone\'s entropy is what the host does not know', async () => {
    const a = await deviceKeyFrom(fallbackRandom(install(Uint8Array.of(9, 9))).take)
    const b = await deviceKeyFrom(fallbackRandom(install(Uint8Array.of(9, 9))).take)
    expect(a).toBe(b)
    // …and another host seed with the same local entropy gives another key.
    const c = await deviceKeyFrom(fallbackRandom(install(Uint8Array.of(9, 9), new Uint8Array(32).fill(1))).take)
    expect(c).not.toBe(a)
  })

  it('asks the host once, then serves from the generator; a reseed asks again and changes what follows', async () => {
    const sources = install(Uint8Array.of(5))
    const twinSources = install(Uint8Array.of(5))
    const r = fallbackRandom(sources)
    const twin = fallbackRandom(twinSources)
    expect(toHex(await r.take(16))).toBe(toHex(await twin.take(16)))
    await r.take(16)
    await twin.take(16)
    expect(sources.seedCalls).toBe(1)
    await r.reseed()
    expect(sources.seedCalls).toBe(2)
    expect(toHex(await r.take(32))).not.toBe(toHex(await twin.take(32)))
  })

  it('without the host seed it refuses (an error the verifier\'s scan key falls back on), then retries', async () => {
    let online = false
    const sources: FallbackSources = {
      hostSeed: async () => {
        if (!online) throw new Error('network')
        return HOST_SEED
      },
      localEntropy: async () => Uint8Array.of(1),
      clocks: fixedClock
    }
    const r = fallbackRandom(sources)
    const refused = await r.take(16).catch((e) => e)
    expect(refused).toBeInstanceOf(RandomSeedUnavailableError)
    expect(refused).toBeInstanceOf(RandomUnavailableError)
    expect(() => r.getRandomValues(new Uint8Array(4))).toThrow('not seeded')
    await expect(r.reseed()).resolves.toBeUndefined() // never rejects
    online = true
    expect(await r.take(16)).toHaveLength(16)
    expect(r.getRandomValues(new Uint32Array(256))).toHaveLength(256) // synchronous once seeded (jsencrypt)
  })

  it('refuses a host seed shorter than 32 bytes', async () => {
    await expect(fallbackRandom(install(Uint8Array.of(1), new Uint8Array(16))).take(8)).rejects.toBeInstanceOf(RandomSeedUnavailableError)
  })

  it('serves requests larger than one DRBG request', async () => {
    const big = await fallbackRandom(install(Uint8Array.of(3))).take(70_000)
    expect(big).toHaveLength(70_000)
    expect(toHex(big.subarray(65_536, 65_568))).not.toBe(toHex(big.subarray(0, 32)))
  })
})

describe('the platform wins', () => {
  it('uses the platform\'s CSPRNG whenever present, and the fallback only without one', async () => {
    let present = true
    const platformCalls: number[] = []
    const platform = pooledRandom(async (n) => {
      platformCalls.push(n)
      return new Uint8Array(n).fill(0xaa)
    })
    const sources = install(Uint8Array.of(1))
    const r = platformOrFallback(() => present, platform, fallbackRandom(sources))
    expect(toHex(await r.take(4))).toBe('aaaaaaaa')
    await r.reseed()
    expect(sources.seedCalls).toBe(0) // nothing to reseed: the platform's source needs no host seed
    present = false
    expect(toHex(await r.take(4))).not.toBe('aaaaaaaa')
    expect(sources.seedCalls).toBe(1)
  })
})

describe('local entropy', () => {
  /** A stand-in for Alipay's sensor APIs: listeners called every 500 ms until removed. */
  function sensorApi() {
    const listeners = new Map<string, Set<(r: { x: number; y: number; z: number }) => void>>([['acc', new Set()], ['gyro', new Set()]])
    let n = 0
    const timer = setInterval(() => {
      for (const set of listeners.values()) for (const l of set) l({ x: 0.01 * ++n, y: -0.02 * n, z: 9.8 + n / 1000 })
    }, 500)
    const api: EntropyApi = {
      onAccelerometerChange: (cb) => listeners.get('acc')!.add(cb as never),
      offAccelerometerChange: (cb) => (cb ? listeners.get('acc')!.delete(cb as never) : listeners.get('acc')!.clear()),
      onGyroscopeChange: (cb) => listeners.get('gyro')!.add(cb as never),
      offGyroscopeChange: (cb) => (cb ? listeners.get('gyro')!.delete(cb as never) : listeners.get('gyro')!.clear()),
      getSystemInfoSync: () => ({ model: 'iPhone', system: 'iOS 17', currentBattery: '77%' }),
      getSystemInfo: ({ success }) => setTimeout(() => success?.({ currentBattery: '77%' }), 3),
      getNetworkType: ({ success }) => setTimeout(() => success?.({ networkType: 'WIFI', networkAvailable: true }), 2)
    }
    return { api, listeners, stop: () => clearInterval(timer) }
  }

  it('reads the sensors for one burst and stops listening, with timings, system information and the clocks', async () => {
    const s = sensorApi()
    const collected = await localEntropy(s.api, { sensorMs: 1100 }).collect()
    s.stop()
    expect(s.listeners.get('acc')!.size).toBe(0)
    expect(s.listeners.get('gyro')!.size).toBe(0)
    const text = Buffer.from(collected).toString('latin1')
    for (const tag of ['acc.x', 'gyro.z', 'sys.model', 'network.networkType', 'sysinfo.answered.date', 'spin', 'tick.date', 'start.date', 'end.date']) expect(text).toContain(tag)
  })

  it('skips what the platform lacks, and an API that throws', async () => {
    const collected = await localEntropy({ onAccelerometerChange: () => { throw new Error('no permission') } }, { sensorMs: 10 }).collect()
    expect(Buffer.from(collected).toString('latin1')).toContain('spin')
    expect((await localEntropy(undefined).collect()).length).toBeGreaterThan(0)
  })

  it('encodes samples unambiguously', () => {
    const a = new EntropyAccumulator()
    a.text('t', 'ab')
    a.text('t', 'c')
    const b = new EntropyAccumulator()
    b.text('t', 'a')
    b.text('t', 'bc')
    expect(toHex(a.drain())).not.toBe(toHex(b.drain()))
  })
})
