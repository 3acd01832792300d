// A stand-in for Alipay's `my`, answering as Alipay's API reference documents, for alipay-sandbox.ts.
// What it deliberately lacks: my.getRandomValues (Alipay documents none), and everything outside the
// citizen's path (a call to a missing API fails loudly in the sandbox, so a gap shows up as an error).
//   my.request            HTTPS only on a real client; here relative URLs (API_BASE '') go to `hostUrl`.
//                         success({data, status, headers}); a non-2xx answer fails with error 19 and still
//                         carries status and data; no connection fails with error 12 (网络出错).
//   my.getStorageSync     ({key}) → {data}; setStorageSync({key, data}); removeStorageSync({key}).
//   my.getSystemInfo(Sync), my.getNetworkType   Alipay's fields (model, brand, system, version, platform,
//                         pixelRatio, screen/window sizes, language, storage, currentBattery, …).
//   my.onAccelerometerChange / my.onGyroscopeChange   start at once, call back every 500 ms with {x, y, z}
//                         until my.off…Change(callback) (or with no callback: all) stops them.
//   my.getAuthCode        fails: the tests sign in through the host's one-time code and store the session.
import { randomBytes } from 'node:crypto'
import timers from 'node:timers'

type Callbacks<R> = { success?: (r: R) => void; fail?: (e: unknown) => void; complete?: (r: unknown) => void }

export interface RecordedRequest {
  url: string
  /** The function name, for /api/<name>. */
  name: string | null
  body: any
  status: number
  response: any
}

export interface AlipayStandInOptions {
  hostUrl: string
  /** Different per install: sensor noise and battery level. */
  install?: { model?: string; currentBattery?: string; tremble?: number }
  /** Answers a function here instead of the host (the body it returns), or undefined to forward the call. */
  answer?: (name: string, body: unknown) => unknown
}

export function alipayStandIn(options: AlipayStandInOptions) {
  const storage = new Map<string, unknown>()
  const requests: RecordedRequest[] = []
  const calls: string[] = []
  let offline = false
  const sensors = { acc: new Set<(r: { x: number; y: number; z: number }) => void>(), gyro: new Set<(r: { x: number; y: number; z: number }) => void>() }
  const tremble = options.install?.tremble ?? 0.02
  const reading = (base: number) => {
    // A hand's tremble: sensor noise from the test's own CSPRNG (the sandbox's Math is the one watched).
    const r = randomBytes(4).readUInt32BE(0) / 2 ** 32
    return base + (r - 0.5) * tremble
  }
  const sensorTimer = timers.setInterval(() => {
    for (const cb of sensors.acc) cb({ x: reading(0.01), y: reading(-0.12), z: reading(-0.99) })
    for (const cb of sensors.gyro) cb({ x: reading(0), y: reading(0), z: reading(0) })
  }, 500)
  sensorTimer.unref()

  const systemInfo = () => ({
    model: options.install?.model ?? 'iPhone15,2', brand: 'iPhone', system: '17.4', platform: 'iOS', version: '10.5.96', app: 'alipay',
    pixelRatio: 3, windowWidth: 393, windowHeight: 759, screenWidth: 393, screenHeight: 852, statusBarHeight: 47, titleBarHeight: 44,
    language: 'zh-Hans', fontSizeSetting: 16, storage: '128 GB', currentBattery: options.install?.currentBattery ?? '81%', SDKVersion: '2.9.13'
  })
  const later = <R>(o: Callbacks<R> | undefined, r: R, ms = 1) => void timers.setTimeout(() => {
    o?.success?.(r)
    o?.complete?.(r)
  }, ms)
  const failLater = (o: { fail?: (e: unknown) => void; complete?: (r: unknown) => void } | undefined, e: unknown, ms = 1) => void timers.setTimeout(() => {
    o?.fail?.(e)
    o?.complete?.(e)
  }, ms)
  const record = (name: string) => calls.push(name)

  const my: Record<string, unknown> = {
    SDKVersion: '2.9.13',
    canIUse: (api: string) => typeof my[api.split('.')[0]] === 'function',
    request(o: Callbacks<{ data: unknown; status: number; headers: Record<string, string> }> & { url: string; method?: string; headers?: Record<string, string>; data?: unknown; dataType?: string }) {
      record('request')
      const url = /^https?:/.test(o.url) ? o.url : options.hostUrl + o.url
      const name = /\/api\/([^/?]+)/.exec(url)?.[1] ?? null
      const body = o.data === undefined ? undefined : typeof o.data === 'string' ? o.data : JSON.stringify(o.data)
      const entry: RecordedRequest = { url, name: name && decodeURIComponent(name), body: body === undefined ? undefined : JSON.parse(body), status: 0, response: null }
      requests.push(entry)
      let aborted = false
      if (offline) {
        failLater(o, { error: 12, errorMessage: '网络出错' })
        return { abort: () => undefined }
      }
      const answered = entry.name ? options.answer?.(entry.name, entry.body) : undefined
      if (answered !== undefined) {
        entry.status = 200
        entry.response = JSON.parse(JSON.stringify(answered))
        later(o, { data: entry.response, status: 200, headers: { 'content-type': 'application/json; charset=utf-8' } }, 1)
        return { abort: () => undefined }
      }
      void (async () => {
        try {
          const res = await fetch(url, { method: (o.method ?? 'GET').toUpperCase(), headers: { 'content-type': 'application/json', ...(o.headers ?? {}) }, body })
          const text = await res.text()
          const data = o.dataType === 'text' ? text : text ? JSON.parse(text) : text
          entry.status = res.status
          entry.response = data
          if (aborted) return
          const headers: Record<string, string> = {}
          res.headers.forEach((v, k) => (headers[k] = v))
          if (res.ok) later(o, { data, status: res.status, headers }, 0)
          else failLater(o, { error: 19, errorMessage: 'http status error', status: res.status, data, headers }, 0)
        } catch {
          if (!aborted) failLater(o, { error: 12, errorMessage: '网络出错' }, 0)
        }
      })()
      return { abort: () => void (aborted = true) }
    },
    getStorageSync: ({ key }: { key: string }) => ({ data: storage.has(key) ? JSON.parse(JSON.stringify(storage.get(key))) : null }),
    setStorageSync: ({ key, data }: { key: string; data: unknown }) => {
      storage.set(key, JSON.parse(JSON.stringify(data)))
      return { success: true }
    },
    removeStorageSync: ({ key }: { key: string }) => {
      storage.delete(key)
      return { success: true }
    },
    getSystemInfoSync: () => {
      record('getSystemInfoSync')
      return systemInfo()
    },
    getSystemInfo: (o?: Callbacks<unknown>) => {
      record('getSystemInfo')
      later(o, systemInfo(), 2)
    },
    getNetworkType: (o?: Callbacks<unknown>) => {
      record('getNetworkType')
      later(o, { networkAvailable: !offline, networkType: offline ? 'NOTREACHABLE' : 'WIFI' }, 1)
    },
    onAccelerometerChange: (cb: (r: { x: number; y: number; z: number }) => void) => {
      record('onAccelerometerChange')
      sensors.acc.add(cb)
    },
    offAccelerometerChange: (cb?: (r: { x: number; y: number; z: number }) => void) => {
      record('offAccelerometerChange')
      if (cb) sensors.acc.delete(cb)
      else sensors.acc.clear()
    },
    onGyroscopeChange: (cb: (r: { x: number; y: number; z: number }) => void) => {
      record('onGyroscopeChange')
      sensors.gyro.add(cb)
    },
    offGyroscopeChange: (cb?: (r: { x: number; y: number; z: number }) => void) => {
      record('offGyroscopeChange')
      if (cb) sensors.gyro.delete(cb)
      else sensors.gyro.clear()
    },
    getAuthCode: (o?: Callbacks<unknown>) => {
      record('getAuthCode')
      failLater(o, { error: 11, errorMessage: 'no Alipay account in this sandbox' })
    },
    showToast: (o?: Callbacks<unknown>) => later(o, {}),
    hideToast: (o?: Callbacks<unknown>) => later(o, {}),
    showLoading: (o?: Callbacks<unknown>) => later(o, {}),
    hideLoading: (o?: Callbacks<unknown>) => later(o, {}),
    alert: (o?: Callbacks<unknown>) => later(o, {}),
    confirm: (o?: Callbacks<unknown>) => later(o, { confirm: true }),
    navigateTo: (o?: Callbacks<unknown>) => later(o, {}),
    redirectTo: (o?: Callbacks<unknown>) => later(o, {}),
    reLaunch: (o?: Callbacks<unknown>) => later(o, {}),
    switchTab: (o?: Callbacks<unknown>) => later(o, {}),
    navigateBack: (o?: Callbacks<unknown>) => later(o, {}),
    setNavigationBar: (o?: Callbacks<unknown>) => later(o, {}),
    onAppShow: () => undefined,
    onAppHide: () => undefined,
    offAppShow: () => undefined,
    offAppHide: () => undefined,
    onNetworkStatusChange: () => undefined,
    offNetworkStatusChange: () => undefined
  }

  return {
    my,
    storage,
    requests,
    calls,
    listening: () => sensors.acc.size + sensors.gyro.size,
    setOffline: (v: boolean) => void (offline = v),
    dispose: () => timers.clearInterval(sensorTimer)
  }
}
