// Loads the built Alipay mini-program (dist/alipay) in a plain Node `vm` context that has only what
// Alipay's engine has: the `my` object, App/Page/Component/getApp/getCurrentPages, timers, and a
// `navigator` carrying only the user agent (Taro's Alipay runtime reads navigator.userAgent and Alipay's
// navigator.swuserAgent when it loads). No `wx`, no `crypto`, no window/self/document/TextEncoder/Buffer
// (ALIPAY_ABSENT_GLOBALS). A tiny
// CommonJS loader runs the emitted files as Alipay's would (app.js requires ./common, ./vendors, ./taro,
// ./runtime; sub-package pages require their sub-vendors). `my` is a stand-in (alipay-my.ts).
import timers from 'node:timers'
import vm from 'node:vm'
import { miniModuleLoader, type LoadingFile } from './mini-module-loader'
import { FORBIDDEN_GLOBALS } from './weapp-sandbox'

type Timer = NodeJS.Timeout

/** What neither WeChat's nor Alipay's engine has (Alipay has a bare navigator), plus WeChat's `wx`. */
export const ALIPAY_ABSENT_GLOBALS = [...FORBIDDEN_GLOBALS.filter((g) => g !== 'navigator'), 'wx']

const USER_AGENT = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 ChannelId(0) Nebula AlipayDefined(nt:WIFI,ws:393|759|3.0) AliApp(AP/10.5.96.6000) AlipayClient/10.5.96.6000 Language/zh-Hans Region/CN'

export interface AlipaySandbox {
  context: vm.Context
  /** Every App()/Page()/Component() registration, in order. */
  registered: { kind: 'App' | 'Page' | 'Component'; options: any; file: string | null }[]
  /** `my` API names read by the code (for diagnosing what the stand-in lacks). */
  myReads: Set<string>
  /** console.error / console.warn calls made inside the sandbox. */
  consoleErrors: unknown[][]
  require(file: string): unknown
  dispose(): void
}

export function createAlipaySandbox(root: string, my: Record<string, unknown>): AlipaySandbox {
  const registered: AlipaySandbox['registered'] = []
  const myReads = new Set<string>()
  const consoleErrors: unknown[][] = []
  const live = new Set<Timer>()
  const loading: LoadingFile = { current: null }
  const pages: any[] = []

  const myProxy = new Proxy(my, {
    get(target, key, receiver) {
      if (typeof key === 'string') myReads.add(key)
      return Reflect.get(target, key, receiver)
    }
  })
  const register = (kind: AlipaySandbox['registered'][number]['kind']) => (options: any) => {
    registered.push({ kind, options, file: loading.current })
    return options
  }
  let appInstance: any = null
  let disposed = false
  // The app's own timers (polls, the 20 s redraw) never keep the test process alive, and none start
  // after dispose() (a late answer may still arrive and schedule one).
  const track = (t: Timer) => {
    t.unref()
    if (disposed) timers.clearTimeout(t)
    else live.add(t)
    return t
  }
  const globals: Record<string, unknown> = {
    my: myProxy,
    navigator: { userAgent: USER_AGENT, swuserAgent: USER_AGENT },
    App: (o: any) => {
      appInstance = o
      register('App')(o)
    },
    Page: register('Page'),
    Component: register('Component'),
    getApp: () => appInstance,
    getCurrentPages: () => pages,
    console: { ...console, log: () => undefined, info: () => undefined, debug: () => undefined, warn: (...a: unknown[]) => void consoleErrors.push(a), error: (...a: unknown[]) => void consoleErrors.push(a) },
    setTimeout: (fn: () => void, ms?: number, ...a: unknown[]) => track(timers.setTimeout(fn, ms, ...a) as unknown as Timer),
    setInterval: (fn: () => void, ms?: number, ...a: unknown[]) => track(timers.setInterval(fn, ms, ...a) as unknown as Timer),
    clearTimeout: (t: Timer) => {
      live.delete(t)
      timers.clearTimeout(t)
    },
    clearInterval: (t: Timer) => {
      live.delete(t)
      timers.clearInterval(t)
    }
  }

  const context = vm.createContext(globals, { name: 'alipay-app-service', codeGeneration: { strings: true, wasm: false } })
  // A fresh V8 context still carries a few non-ECMAScript globals; Alipay's engine is not a browser.
  vm.runInContext('delete globalThis.WebAssembly', context)

  const requireFile = miniModuleLoader(context, root, 'Alipay', loading)

  return {
    context,
    registered,
    myReads,
    consoleErrors,
    require: requireFile,
    dispose: () => {
      disposed = true
      live.forEach((t) => timers.clearTimeout(t))
      live.clear()
    }
  }
}
