// Loads a built WeChat mini-program (dist/weapp) in a plain Node `vm` context that has only what
// WeChat's app-service engine has, with a tiny CommonJS loader over the emitted files. jsdom and
// miniprogram-simulate define window/self/document/TextEncoder/Buffer and so hide exactly the
// bugs this catches (TOOLCHAIN.md: jsencrypt 3.5 reading `self` at load).
import { randomBytes } from 'node:crypto'
import timers from 'node:timers'
import vm from 'node:vm'
import { miniModuleLoader, type LoadingFile } from './mini-module-loader'
import { ReturnCode } from '@core/api/return-codes'

type Timer = NodeJS.Timeout

/** Names a browser or Node has and WeChat's engine does not (checked by the smoke test). */
export const FORBIDDEN_GLOBALS = ['window', 'self', 'document', 'navigator', 'location', 'TextEncoder', 'TextDecoder', 'crypto', 'Buffer', 'process', 'require', 'module', 'fetch', 'XMLHttpRequest', 'localStorage', 'WebAssembly', 'structuredClone', 'queueMicrotask', 'URL', 'URLSearchParams', 'atob', 'btoa']

export interface WeappSandbox {
  context: vm.Context
  /** Every App()/Page()/Component() registration, in order. */
  registered: { kind: 'App' | 'Page' | 'Component' | 'Behavior'; options: any; file: string | null }[]
  /** wx API names read by the code (for diagnosing what a stub lacks). */
  wxReads: Set<string>
  /** console.error / console.warn calls made inside the sandbox (Taro reports render errors there). */
  consoleErrors: unknown[][]
  require(file: string): unknown
  dispose(): void
}

export function createWeappSandbox(root: string, extraWx: Record<string, unknown> = {}): WeappSandbox {
  const registered: WeappSandbox['registered'] = []
  const wxReads = new Set<string>()
  const consoleErrors: unknown[][] = []
  const live = new Set<Timer>()
  const loading: LoadingFile = { current: null }
  const pages: any[] = []

  const wx = new Proxy(wxStub(extraWx), {
    get(target, key, receiver) {
      if (typeof key === 'string') wxReads.add(key)
      return Reflect.get(target, key, receiver)
    }
  })

  const register = (kind: WeappSandbox['registered'][number]['kind']) => (options: any) => {
    registered.push({ kind, options, file: loading.current })
    return options
  }
  let appInstance: any = null
  const globals: Record<string, unknown> = {
    wx,
    App: (o: any) => { appInstance = o; register('App')(o) },
    Page: register('Page'),
    Component: register('Component'),
    Behavior: register('Behavior'),
    getApp: () => appInstance,
    getCurrentPages: () => pages,
    requirePlugin: () => ({}),
    requireMiniProgram: () => ({}),
    __wxConfig: { envVersion: 'develop', platform: 'devtools', pages: [] },
    // WeChat exposes a `global` object to every file (webpack runtimes of other compilers use it).
    global: {},
    console: { ...console, log: () => undefined, info: () => undefined, debug: () => undefined, warn: (...a: unknown[]) => void consoleErrors.push(a), error: (...a: unknown[]) => void consoleErrors.push(a) },
    setTimeout: (fn: () => void, ms?: number, ...a: unknown[]) => track(timers.setTimeout(fn, ms, ...a) as unknown as Timer),
    setInterval: (fn: () => void, ms?: number, ...a: unknown[]) => track(timers.setInterval(fn, ms, ...a) as unknown as Timer),
    clearTimeout: (t: Timer) => { live.delete(t); timers.clearTimeout(t) },
    clearInterval: (t: Timer) => { live.delete(t); timers.clearInterval(t) }
  }
  function track(t: Timer) {
    live.add(t)
    return t
  }

  const context = vm.createContext(globals, { name: 'weapp-app-service', codeGeneration: { strings: true, wasm: false } })
  // A fresh V8 context still carries a few non-ECMAScript globals; WeChat's engine has none of them.
  vm.runInContext('delete globalThis.WebAssembly', context)

  const requireFile = miniModuleLoader(context, root, 'WeChat', loading)

  return {
    context,
    registered,
    wxReads,
    consoleErrors,
    require: requireFile,
    dispose: () => {
      live.forEach((t) => timers.clearTimeout(t))
      live.clear()
    }
  }
}

/** The handful of wx APIs Taro's runtime touches at load/launch, answering like WeChat does. */
function wxStub(extra: Record<string, unknown>): Record<string, unknown> {
  const storage = new Map<string, unknown>()
  const info = { language: 'zh_CN', platform: 'devtools', pixelRatio: 2, windowWidth: 375, windowHeight: 667, screenWidth: 375, screenHeight: 667, statusBarHeight: 20, SDKVersion: '3.3.4', version: '8.0.50', system: 'iOS 17', model: 'iPhone', brand: 'devtools' }
  const noop = () => undefined
  return {
    getSystemInfoSync: () => ({ ...info }),
    getAppBaseInfo: () => ({ language: info.language, SDKVersion: info.SDKVersion, version: info.version }),
    getWindowInfo: () => ({ pixelRatio: 2, windowWidth: 375, windowHeight: 667, screenWidth: 375, screenHeight: 667, statusBarHeight: 20 }),
    getDeviceInfo: () => ({ platform: 'devtools', system: 'iOS 17', model: 'iPhone', brand: 'devtools' }),
    canIUse: () => true,
    getStorageSync: (k: string) => (storage.has(k) ? storage.get(k) : ''),
    setStorageSync: (k: string, v: unknown) => void storage.set(k, v),
    removeStorageSync: (k: string) => void storage.delete(k),
    nextTick: (fn: () => void) => Promise.resolve().then(fn),
    onAppShow: noop,
    onAppHide: noop,
    offAppShow: noop,
    offAppHide: noop,
    // WeChat's only CSPRNG (base library ≥ 2.15.0), asynchronous. sm-crypto-v2 (SM2 verification on
    // the verifier's scan page) fills its pool from it when its module loads.
    getRandomValues: ({ length, success }: { length: number; success?: (r: { randomValues: ArrayBuffer }) => void }) => {
      const bytes = new Uint8Array(randomBytes(length))
      timers.setTimeout(() => success?.({ randomValues: bytes.buffer }), 0)
    },
    cloud: {
      init: noop,
      callFunction: async () => ({ errMsg: 'cloud.callFunction:ok', result: { code: ReturnCode.OK, message: 'ok', data: {} } })
    },
    ...extra
  }
}
