/**
 * @jest-environment jsdom
 */
// The H5 shell around the pages, rendered in jsdom with a stand-in for workbox-window: the worker is
// registered only for a signed-in person, the new-version banner appears when a worker waits and asks it to
// take over only when tapped, and a page whose chunk failed to load is replaced by the offline notice,
// which goes away on the next route change.
import { createElement } from 'react'
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'

type Listener = (event: { isUpdate?: boolean }) => void
const workboxes: FakeWorkbox[] = []
class FakeWorkbox {
  listeners: Record<string, Listener[]> = {}
  registered = 0
  skipWaitingAsked = 0
  constructor(readonly url: string, readonly options: unknown) { workboxes.push(this) }
  addEventListener(type: string, l: Listener) { (this.listeners[type] ??= []).push(l) }
  register() { this.registered++; return Promise.resolve(undefined) }
  update() { return Promise.resolve() }
  messageSkipWaiting() { this.skipWaitingAsked++ }
  emit(type: string, event: { isUpdate?: boolean } = {}) { (this.listeners[type] ?? []).forEach((l) => l(event)) }
}
jest.mock('workbox-window', () => ({ Workbox: FakeWorkbox }))

const storage = new Map<string, unknown>()
const routeListeners = new Set<() => void>()
const reLaunch = jest.fn(async (_options: { url: string }) => undefined)
jest.mock('@tarojs/taro', () => {
  const api = {
    getStorageSync: (k: string) => storage.get(k) ?? '',
    setStorageSync: (k: string, v: unknown) => void storage.set(k, v),
    removeStorageSync: (k: string) => void storage.delete(k),
    getAppBaseInfo: () => ({ language: 'zh_CN' }),
    getSystemInfoSync: () => ({ language: 'zh_CN' }),
    reLaunch: (o: { url: string }) => reLaunch(o),
    eventCenter: {
      on: (_name: string, l: () => void) => void routeListeners.add(l),
      off: (_name: string, l: () => void) => void routeListeners.delete(l)
    }
  }
  return { __esModule: true, default: api, ...api }
})

// Loaded after the mocks; the shell starts listening for failed chunks when it loads.
const { withOfflineShell } = require('./offline-shell.h5') as typeof import('./offline-shell.h5')
const { forgetShellWorker } = require('./shell-worker') as typeof import('./shell-worker')

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true
Object.defineProperty(navigator, 'serviceWorker', { configurable: true, value: {} })

let root: Root
let container: HTMLElement
const render = () => act(() => root.render(withOfflineShell(createElement('div', { id: 'the-page' }, '首页')) as never))
const signIn = () => storage.set('hc.session', { token: 't', expiresAt: Date.now() + 3_600_000, account: { id: 'a1' } })
const routeChange = () => act(() => [...routeListeners].forEach((l) => l()))

beforeEach(() => {
  storage.clear()
  workboxes.length = 0
  forgetShellWorker()
  container = document.createElement('div')
  document.body.appendChild(container)
  root = createRoot(container)
})
afterEach(() => {
  act(() => root.unmount())
  container.remove()
})

test('signed out, no worker is registered; after signing in, the next route change registers it once', () => {
  render()
  expect(workboxes).toHaveLength(0)
  signIn()
  routeChange()
  routeChange()
  expect(workboxes).toHaveLength(1)
  expect(workboxes[0].url).toBe('/sw.js')
  expect(workboxes[0].registered).toBe(1)
})

test('the update prompt appears when a worker waits, and only the tap lets it take over', () => {
  signIn()
  render()
  const wb = workboxes[0]
  expect(container.querySelector('#app-update')).toBeNull()
  act(() => wb.emit('waiting'))
  const banner = container.querySelector('#app-update')!
  expect(banner.getAttribute('role')).toBe('status')
  expect(banner.textContent).toBe('有新版本，点击刷新')
  // The page is still there, untouched, under the banner.
  expect(container.querySelector('#the-page')!.textContent).toBe('首页')
  expect(wb.skipWaitingAsked).toBe(0)
  act(() => (container.querySelector('#app-update-reload') as HTMLElement).click())
  expect(wb.skipWaitingAsked).toBe(1)
})

test('a page whose chunk failed is replaced by the offline notice, focused, until the route changes', () => {
  signIn()
  render()
  // The page's chunk, as webpack adds it, fails to load (the router handles the rejection itself).
  const script = document.createElement('script')
  script.src = '/js/246.ec3137c0.js'
  document.head.appendChild(script)
  act(() => void script.dispatchEvent(new Event('error')))
  script.remove()
  const notice = container.querySelector('#page-unavailable')!
  expect(notice.getAttribute('role')).toBe('alert')
  expect(notice.textContent).toContain('当前无网络，此页面需要联网；您的健康码仍可在首页出示')
  const back = container.querySelector('#unavailable-show-code') as HTMLElement
  expect(back.textContent).toBe('出示健康码')
  expect(document.activeElement).toBe(back)
  act(() => back.click())
  expect(reLaunch).toHaveBeenCalledWith({ url: '/pages/index/index' })
  routeChange()
  expect(container.querySelector('#page-unavailable')).toBeNull()
})
