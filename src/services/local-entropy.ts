// What a phone without a CSPRNG can measure about itself, for random-fallback.ts. None of it is enough
// alone, and none of it is secret from someone holding the phone: it is there so that the host, which
// supplies the other half of the seed, cannot predict the result by itself. Each source below says what
// it adds. Generic over a mini-program API object (Alipay's `my` today; a WeChat plugin's `wx` later);
// every API is optional and a missing or failing one is skipped. Never calls Math.random.
import { concatBytes, utf8Encode } from '@core/encoding/bytes'

type Listener = (r: { x?: number; y?: number; z?: number }) => void

/** The subset of a mini-program's APIs this reads (Alipay's documented names and shapes). */
export interface EntropyApi {
  /** Alipay: starts listening at once, one callback per 500 ms (base library ≥ 1.9.0). */
  onAccelerometerChange?(cb: Listener): void
  offAccelerometerChange?(cb?: Listener): void
  /** Alipay: starts listening at once, one callback per 500 ms (base library ≥ 1.9.0). */
  onGyroscopeChange?(cb: Listener): void
  offGyroscopeChange?(cb?: Listener): void
  /** WeChat (a plugin, later): listening starts with start…() and ends with stop…(); Alipay documents neither. */
  startAccelerometer?(o?: { interval?: string }): void
  stopAccelerometer?(o?: unknown): void
  startGyroscope?(o?: { interval?: string }): void
  stopGyroscope?(o?: unknown): void
  getSystemInfoSync?(): Record<string, unknown>
  getSystemInfo?(o: { success?: (r: Record<string, unknown>) => void; fail?: (e: unknown) => void }): void
  getNetworkType?(o: { success?: (r: Record<string, unknown>) => void; fail?: (e: unknown) => void }): void
}

/** Bytes of numbers and strings, each tagged and length-bound so no two sample lists encode alike. */
export class EntropyAccumulator {
  private parts: Uint8Array[] = []
  private count = 0

  number(tag: string, n: unknown): void {
    if (typeof n !== 'number' || Number.isNaN(n)) return
    const b = new Uint8Array(8)
    new DataView(b.buffer).setFloat64(0, n) // every bit of a reading, the noisy low ones included
    this.push(tag, b)
  }

  text(tag: string, s: unknown): void {
    if (typeof s === 'string' || typeof s === 'number' || typeof s === 'boolean') this.push(tag, utf8Encode(String(s)))
  }

  get samples(): number {
    return this.count
  }

  /** Everything gathered so far, then empty (samples are used once). */
  drain(): Uint8Array {
    const out = concatBytes(...this.parts)
    this.parts = []
    this.count = 0
    return out
  }

  private push(tag: string, value: Uint8Array): void {
    const t = utf8Encode(tag)
    this.parts.push(Uint8Array.of(t.length, value.length & 0xff, value.length >> 8), t, value)
    this.count++
  }
}

declare const performance: { now?: () => number } | undefined

/** Date.now (milliseconds) and, where the engine has it, performance.now (sub-millisecond). */
export function clockSample(): Uint8Array {
  const acc = new EntropyAccumulator()
  addClocks(acc, 'clock')
  return acc.drain()
}

function addClocks(acc: EntropyAccumulator, tag: string): void {
  acc.number(`${tag}.date`, Date.now())
  if (typeof performance !== 'undefined' && performance && typeof performance.now === 'function') acc.number(`${tag}.perf`, performance.now())
}

export interface LocalEntropyOptions {
  /** How long the burst at each seeding listens: Alipay calls back every 500 ms, so more than that. */
  sensorMs?: number
  /** How long the burst started at launch (warm) listens. */
  warmSensorMs?: number
  setTimeout?: (fn: () => void, ms: number) => unknown
}

/** Collects local entropy from `api`. `warm()` starts a sensor burst early; `collect()` gathers the rest. */
export function localEntropy(api: EntropyApi | undefined, options: LocalEntropyOptions = {}) {
  const sensorMs = options.sensorMs ?? 600
  const warmSensorMs = options.warmSensorMs ?? 1600
  const later = options.setTimeout ?? ((fn: () => void, ms: number) => setTimeout(fn, ms))
  const early = new EntropyAccumulator()
  let warming: Promise<void> | null = null

  /**
   * Accelerometer and gyroscope readings, where the platform offers them (Alipay needs no permission for
   * either). A phone in a hand trembles: the low bits of each axis vary from reading to reading and from
   * phone to phone. A phone lying still on a table gives little beyond sensor noise, so this is a
   * contribution, not a guarantee. Listening stops when the burst ends.
   */
  function sensorBurst(acc: EntropyAccumulator, ms: number): Promise<void> {
    type Sensor = [string, ((cb: Listener) => void) | undefined, ((cb?: Listener) => void) | undefined, ((o?: { interval?: string }) => void) | undefined, ((o?: unknown) => void) | undefined]
    const sensors: Sensor[] = [
      ['acc', api?.onAccelerometerChange?.bind(api), api?.offAccelerometerChange?.bind(api), api?.startAccelerometer?.bind(api), api?.stopAccelerometer?.bind(api)],
      ['gyro', api?.onGyroscopeChange?.bind(api), api?.offGyroscopeChange?.bind(api), api?.startGyroscope?.bind(api), api?.stopGyroscope?.bind(api)]
    ]
    const stops: (() => void)[] = []
    for (const [tag, on, off, start, stop] of sensors) {
      if (!on) continue
      const listener: Listener = (r) => {
        addClocks(acc, `${tag}.t`) // when the reading arrived: scheduling jitter
        acc.number(`${tag}.x`, r?.x)
        acc.number(`${tag}.y`, r?.y)
        acc.number(`${tag}.z`, r?.z)
      }
      try {
        on(listener)
        stops.push(() => {
          off?.(listener)
          stop?.()
        })
        start?.({ interval: 'game' })
      } catch {
        // not permitted or not supported on this client
      }
    }
    if (stops.length === 0) return Promise.resolve()
    return new Promise((resolve) =>
      later(() => {
        for (const stop of stops) {
          try {
            stop()
          } catch {
            /* already stopped */
          }
        }
        resolve()
      }, ms)
    )
  }

  /**
   * How long asynchronous platform calls take to answer (IPC to the client's native side, the event
   * loop): measured on the clocks, the low digits vary with load, radio and scheduling. A few bits per
   * call on a sub-millisecond clock, close to none on a millisecond one.
   */
  async function timedCalls(acc: EntropyAccumulator): Promise<void> {
    const calls: [string, ((o: { success?: (r: Record<string, unknown>) => void; fail?: (e: unknown) => void }) => void) | undefined][] = [
      ['sysinfo', api?.getSystemInfo?.bind(api)],
      ['network', api?.getNetworkType?.bind(api)]
    ]
    for (const [tag, call] of calls) {
      if (!call) continue
      addClocks(acc, `${tag}.sent`)
      const r = await new Promise<Record<string, unknown> | null>((resolve) => {
        try {
          call({ success: resolve, fail: () => resolve(null) })
        } catch {
          resolve(null)
        }
      })
      addClocks(acc, `${tag}.answered`)
      // Network type (WIFI, 4G, …) and, from the async system information, the battery level.
      if (r) for (const k of ['networkType', 'currentBattery', 'storage']) acc.text(`${tag}.${k}`, r[k])
    }
    for (let i = 0; i < 4; i++) {
      await new Promise<void>((resolve) => later(resolve, 0))
      addClocks(acc, 'tick')
    }
  }

  /**
   * Loop iterations until Date.now() moves to the next millisecond, a few times over: how many fit in a
   * millisecond depends on the CPU's frequency scaling, other threads and the engine's JIT at that
   * instant. The classic jitter source; a handful of bits, costs about 8 ms of CPU.
   */
  function spinJitter(acc: EntropyAccumulator): void {
    for (let round = 0; round < 8; round++) {
      const start = Date.now()
      let spins = 0
      while (Date.now() === start && spins < 1e7) spins++
      acc.number('spin', spins)
    }
  }

  /**
   * The device as the platform describes it (model, brand, OS and client versions, screen, language,
   * battery, storage): tells phones apart, is known to the host's operator only if the phone sent it
   * elsewhere, and is guessable by anyone who knows the phone. Near zero entropy against a thief.
   */
  function systemInfo(acc: EntropyAccumulator): void {
    try {
      const info = api?.getSystemInfoSync?.()
      if (info) for (const k of Object.keys(info).sort()) acc.text(`sys.${k}`, info[k])
    } catch {
      // not available
    }
  }

  return {
    warm(): void {
      if (!warming) warming = sensorBurst(early, warmSensorMs).catch(() => undefined)
    },
    /** Everything measured since warm(), plus a fresh burst, timings, spin jitter, system information and the clocks. */
    async collect(): Promise<Uint8Array> {
      const acc = new EntropyAccumulator()
      addClocks(acc, 'start')
      systemInfo(acc)
      await Promise.all([sensorBurst(acc, sensorMs), timedCalls(acc), warming ?? Promise.resolve()])
      spinJitter(acc)
      addClocks(acc, 'end')
      return concatBytes(early.drain(), acc.drain())
    }
  }
}
