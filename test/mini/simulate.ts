// Runs Taro's compiled weapp pages (dist/weapp) under miniprogram-simulate 1.6.2: the real
// base.wxml templates, utils.wxs and the `comp` wrapper, compiled by WeChat's wcc from npm.
// j-component only knows Component(), so Page() is shimmed onto it (TOOLCHAIN.md).
import path from 'node:path'
import fs from 'node:fs'
// eslint-disable-next-line @typescript-eslint/no-var-requires
const simulate = require('miniprogram-simulate')

export const DIST = path.resolve(__dirname, '../../dist/weapp')

export interface CloudCall {
  name: string
  data: Record<string, unknown>
}

/** What a stand-in cloud function answers: the `result` of wx.cloud.callFunction. */
export type CloudHandler = (call: CloudCall) => unknown | Promise<unknown>

export interface LoadedPage {
  comp: any
  /** wx.cloud.callFunction calls, in order. */
  calls: CloudCall[]
  text(): string
  detach(): void
}

const g = globalThis as any

/** wx.cloud stand-in: async and `{ errMsg, result, requestID }` like the real one. */
function cloudStandIn(handler: CloudHandler, calls: CloudCall[]) {
  return {
    init: () => undefined,
    callFunction(opts: { name: string; data?: Record<string, unknown>; success?: (r: unknown) => void; fail?: (e: unknown) => void; complete?: () => void }) {
      const call = { name: opts.name, data: opts.data ?? {} }
      calls.push(call)
      const p = new Promise((resolve, reject) => {
        // A macrotask, as a real network round trip is: never answers synchronously.
        setTimeout(async () => {
          try {
            resolve({ errMsg: 'cloud.callFunction:ok', result: await handler(call), requestID: `req-${calls.length}` })
          } catch (err) {
            reject({ errMsg: `cloud.callFunction:fail ${String(err)}`, errCode: -1 })
          }
        }, 0)
      })
      if (opts.success || opts.fail || opts.complete) {
        p.then(opts.success, opts.fail).finally(opts.complete)
        return undefined
      }
      return p
    }
  }
}

function installGlobals(handler: CloudHandler, calls: CloudCall[], query: Record<string, string>) {
  let app: any = null
  const pages: any[] = []
  g.App = (options: any) => {
    app = options
  }
  g.getApp = () => app
  g.getCurrentPages = () => pages
  // Page → Component: page lifecycles run from the component's attached/ready.
  g.Page = (options: any) => {
    const methods: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(options)) if (typeof v === 'function') methods[k] = v
    return g.Component({
      data: options.data ?? {},
      methods,
      lifetimes: {
        attached(this: any) {
          pages.push(this)
          this.onLoad?.({ ...query })
          this.onShow?.()
        },
        ready(this: any) {
          this.onReady?.()
        },
        detached(this: any) {
          this.onUnload?.()
          pages.splice(pages.indexOf(this), 1)
        }
      }
    })
  }
  g.wx = g.wx ?? {}
  delete g.wx.webpackJsonp // chunks from an earlier load must not be replayed
  g.wx.cloud = cloudStandIn(handler, calls)
  // simulate's storage APIs are no-ops; WeChat's keep values (and answer '' for a missing key).
  const store = new Map<string, unknown>()
  g.wx.getStorageSync = (k: string) => (store.has(k) ? store.get(k) : '')
  g.wx.setStorageSync = (k: string, v: unknown) => void store.set(k, v)
  g.wx.removeStorageSync = (k: string) => void store.delete(k)
  g.wx.clearStorageSync = () => store.clear()
  return () => app
}

/**
 * Load app.js then render one page (route like 'pages/login/index').
 * `storage` pre-fills wx storage (e.g. a saved session or 'hc.lang'); `query` is the page's query (onLoad options).
 */
export async function loadPage(route: string, opts: { cloud?: CloudHandler; storage?: Record<string, unknown>; query?: Record<string, string> } = {}): Promise<LoadedPage> {
  if (!fs.existsSync(path.join(DIST, 'app.js'))) throw new Error(`${DIST}/app.js missing: run \`npm run build:weapp\` first`)
  jest.resetModules()
  const calls: CloudCall[] = []
  const query = opts.query ?? {}
  const getAppOptions = installGlobals(opts.cloud ?? (() => ({ code: 0, message: 'ok', data: {} })), calls, query)
  if (typeof g.wx.clearStorageSync === 'function') g.wx.clearStorageSync()
  for (const [k, v] of Object.entries(opts.storage ?? {})) g.wx.setStorageSync?.(k, v)

  // app.js first: it installs webpack's runtime and shared chunks on wx.webpackJsonp, which the
  // page's js (run by simulate.load) pushes into.
  require(path.join(DIST, 'app.js'))
  const app = getAppOptions()
  app.onLaunch.call(app, { path: route, query, scene: 1001 })
  app.onShow.call(app, { path: route, query, scene: 1001 })

  const id = simulate.load(path.join(DIST, route), { rootPath: DIST })
  const comp = simulate.render(id)
  const parent = document.createElement('parent-wrapper')
  comp.attach(parent)
  return { comp, calls, text: () => comp.dom.textContent ?? '', detach: () => comp.detach() }
}

/** Poll (never a fixed sleep: those were flaky on 2 cores) until `check` passes. */
export async function waitFor<T>(check: () => T | undefined | null | false, timeoutMs = 5000, what = 'condition'): Promise<T> {
  const t0 = Date.now()
  for (;;) {
    const v = check()
    if (v) return v
    if (Date.now() - t0 > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 10))
  }
}

/** The j-component node for a Taro element given an id (e.g. <Input id='phone'>): Taro uses it as the node id. */
export function byId(comp: any, id: string): any {
  const node = comp.querySelector(`#${id}`)
  if (!node) throw new Error(`no element #${id} in the rendered page`)
  return node
}

/** Type into a Taro <Input>: Taro reads the mini-program `input` event's detail.value. */
export function typeInto(comp: any, id: string, value: string): void {
  byId(comp, id).dispatchEvent('input', { detail: { value } })
}

/** Tap a Taro element (Button/View with onClick) by id. */
export function tap(comp: any, id: string): void {
  byId(comp, id).dispatchEvent('tap')
}

/**
 * The short key the compiled template binds `attr` of `<tag>` to in a node's render data: Taro numbers each
 * component's attributes in order (p0, p1…), so a key moves when an attribute is added (config/mini-aria-plugin.js).
 */
export function templateKey(tag: string, attr: string): string {
  const wxml = fs.readFileSync(path.join(__dirname, '..', '..', 'dist', 'weapp', 'base.wxml'), 'utf8')
  const element = new RegExp(`<${tag} [^>]*\\b${attr}="[^"]*"[^>]*>`).exec(wxml)?.[0] ?? ''
  return new RegExp(` ${attr}="\\{\\{i\\.(p\\d+)\\}\\}"`).exec(element)?.[1] ?? `${attr} missing from the ${tag} template`
}
