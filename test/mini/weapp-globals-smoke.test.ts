/**
 * @jest-environment node
 */
// Loads dist/weapp (built beforehand by the test runner: `npm run build:weapp`) with only
// WeChat's globals. Passing means nothing reads self/TextEncoder/crypto/document/Buffer… when the
// app and its pages load; the second block proves the check bites.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import vm from 'node:vm'
import { createWeappSandbox, FORBIDDEN_GLOBALS, type WeappSandbox } from '../support/weapp-sandbox'

const DIST = path.resolve(__dirname, '../../dist/weapp')

function pagesOf(root: string): string[] {
  const app = JSON.parse(fs.readFileSync(path.join(root, 'app.json'), 'utf8'))
  const subs: { root: string; pages: string[] }[] = app.subPackages ?? app.subpackages ?? []
  return [...app.pages, ...subs.flatMap((s) => s.pages.map((p) => `${s.root}/${p}`))]
}

/** app.js, then each page and the custom components it declares, like WeChat's loader. */
function loadAll(root: string): WeappSandbox {
  const sb = createWeappSandbox(root)
  sb.require('app')
  for (const page of pagesOf(root)) {
    const json = JSON.parse(fs.readFileSync(path.join(root, `${page}.json`), 'utf8'))
    for (const comp of Object.values<string>(json.usingComponents ?? {})) {
      sb.require(path.relative(root, path.resolve(root, path.dirname(page), comp)))
    }
    sb.require(page)
  }
  return sb
}

beforeAll(() => {
  if (!fs.existsSync(path.join(DIST, 'app.js'))) throw new Error(`${DIST}/app.js missing: run \`npm run build:weapp\` before this test`)
})

describe('dist/weapp under WeChat-only globals', () => {
  it('the sandbox really lacks the browser/Node globals', () => {
    const sb = createWeappSandbox(DIST)
    for (const name of FORBIDDEN_GLOBALS) expect([name, vm.runInContext(`typeof ${name}`, sb.context)]).toEqual([name, 'undefined'])
    sb.dispose()
  })

  it('loads app.js and every page, registering one App and one Page per page', () => {
    const sb = loadAll(DIST)
    const pages = pagesOf(DIST)
    expect(sb.registered.filter((r) => r.kind === 'App')).toHaveLength(1)
    expect(sb.registered.filter((r) => r.kind === 'Page').map((r) => r.file)).toEqual(pages.map((p) => `${p}.js`))
    expect(pages).toContain('packages/staff/pages/console/index')
    sb.dispose()
  })

  it('launches the app and renders every page (onLoad/onShow/onReady) without errors', async () => {
    const sb = loadAll(DIST)
    const app = sb.registered.find((r) => r.kind === 'App')!.options
    app.onLaunch.call(app, { path: 'pages/index/index', query: {}, scene: 1001 })
    app.onShow.call(app, { path: 'pages/index/index', query: {}, scene: 1001 })
    const rendered: Record<string, string> = {}
    for (const { options, file } of sb.registered.filter((r) => r.kind === 'Page')) {
      // A bare page instance: what the lifecycle methods need from WeChat.
      const route = file!.replace(/\.js$/, '')
      const setData = (d: unknown, cb?: () => void) => {
        rendered[route] = (rendered[route] ?? '') + JSON.stringify(d)
        cb?.()
      }
      const inst: any = Object.assign(Object.create(options), { route, setData })
      options.onLoad.call(inst, {})
      options.onShow.call(inst)
      options.onReady.call(inst)
    }
    // Taro renders asynchronously: poll until every page has called setData (no fixed sleeps).
    const routes = pagesOf(DIST)
    for (let t0 = Date.now(); routes.some((r) => !rendered[r]) && Date.now() - t0 < 5000; ) await new Promise((r) => setTimeout(r, 10))
    expect(sb.consoleErrors).toEqual([])
    // React really rendered into setData, in zh-CN (the stub reports language zh_CN).
    expect(rendered['pages/login/index']).toContain('获取验证码')
    expect(rendered['pages/index/index']).toContain('您尚未登录')
    sb.dispose()
  })
})

describe('the check fails code that touches a missing global at load', () => {
  let tmp: string
  beforeAll(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'hc-weapp-'))
    fs.cpSync(DIST, tmp, { recursive: true })
    // app.js requires the probe first, as a bundled dependency reading the global would.
    const app = path.join(tmp, 'app.js')
    fs.writeFileSync(app, `require("./probe");\n${fs.readFileSync(app, 'utf8')}`)
  })
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }))

  it.each([
    ['self', 'module.exports = self.crypto'],
    ['TextEncoder', 'module.exports = new TextEncoder().encode("x")'],
    ['crypto', 'module.exports = crypto.getRandomValues(new Uint8Array(4))'],
    ['document', 'module.exports = document.createElement("div")'],
    ['Buffer', 'module.exports = Buffer.from("x")']
  ])('%s', (name, probe) => {
    fs.writeFileSync(path.join(tmp, 'probe.js'), probe)
    expect(() => loadAll(tmp)).toThrow(new RegExp(`${name} is not defined`))
  })

  it('and passes the same copy with a harmless probe (control)', () => {
    fs.writeFileSync(path.join(tmp, 'probe.js'), 'module.exports = typeof self === "undefined" ? wx.getSystemInfoSync().language : "browser"')
    const sb = loadAll(tmp)
    expect(sb.require('probe')).toBe('zh_CN')
    sb.dispose()
  })
})
