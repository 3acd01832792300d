// The H5 app opens with no network, as the mini-programs do from the package on the phone. A citizen holds a
// code; once the service worker controls the page, the host PROCESS is stopped (not the browser's offline
// switch, which a service worker may not even see): a reload and a new tab still show the code, and the QR
// drawn offline verifies against the trust list fetched while the host was up. A citizen page whose first
// call gets no answer, and a page whose code was never stored, say so in words with the way back to the code.
// Cache Storage holds the app's files and never an API answer. Signing out, still offline, leaves no code,
// no cache and no worker: the next reload is the browser's own error page.
// Before that, online: a new build's worker waits until the user taps "有新版本，点击刷新".
import { execFileSync } from 'node:child_process'
import { appendFileSync, cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { browserSuite } from '../support/browser-suite'
import { readQr, type Verdict } from '../support/citizen-browser'
import { declaredCitizen, type DeclaredPhone } from '../support/citizen-journey'

const root = join(__dirname, '..', '..')

// The host serves a copy of the build that this file owns, so a test can publish "the next build".
const built = join(root, 'dist', 'h5')
if (!existsSync(join(built, 'sw.js'))) throw new Error('dist/h5/sw.js missing: run `npm run build:h5` first')
const staticDir = mkdtempSync(join(tmpdir(), 'hc-h5-offline-'))
cpSync(built, staticDir, { recursive: true })

const suite = browserSuite({ timeout: 240_000, host: { env: { STATIC_DIR: staticDir } } })
let phone: DeclaredPhone
let trustList = ''

beforeAll(async () => {
  phone = await declaredCitizen(suite.browser, suite.host, '13955550071')
})
afterAll(() => rmSync(staticDir, { recursive: true, force: true }))

const HOME = /\/pages\/index\/index$/
const OFFLINE_TEXT = '当前无网络，此页面需要联网；您的健康码仍可在首页出示'

/** The service worker has stored the app and answers this page's requests. */
async function controlled(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker?.controller?.state === 'activated', null, { timeout: 60_000 })
}

/** Every URL in every cache of the page's origin. */
const cachedUrls = (page: Page) => page.evaluate(async () => {
  const urls: string[] = []
  for (const name of await caches.keys()) for (const request of await (await caches.open(name)).keys()) urls.push(request.url)
  return urls
})

async function codeShows(page: Page): Promise<string> {
  await page.waitForURL(HOME)
  await page.locator('#health-code[data-status="green"]').waitFor({ timeout: 20_000 })
  return (await readQr(page)).text
}

/** `healthcode verify` against the trust list saved while the host was up. */
function verifyOffline(text: string, atMs: number): Verdict {
  const dir = mkdtempSync(join(tmpdir(), 'hc-verify-'))
  try {
    writeFileSync(join(dir, 'trust.json'), trustList)
    writeFileSync(join(dir, 'qr.txt'), text)
    const args = [join(root, 'bin', 'healthcode.js'), 'verify', '--trust', join(dir, 'trust.json'), '--in', join(dir, 'qr.txt'), '--at', new Date(atMs).toISOString()]
    try {
      return JSON.parse(execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' }))
    } catch (err) {
      const e = err as { status?: number; stdout?: string }
      if (e.status === 1 && e.stdout) return JSON.parse(e.stdout)
      throw err
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

test('the host serves the worker fresh on every check, for the whole app, and the CSP allows it', async () => {
  const { url } = suite.host
  const sw = await fetch(`${url}/sw.js`)
  expect(sw.status).toBe(200)
  expect(sw.headers.get('cache-control')).toBe('no-cache')
  expect(sw.headers.get('content-type')).toMatch(/javascript/)
  const index = await fetch(`${url}/pages/index/index`)
  expect(index.headers.get('cache-control')).toBe('no-cache')
  expect(index.headers.get('content-security-policy')).toContain("worker-src 'self'")
  // A chunk that is not there is a 404, never the app's page in its place.
  const missing = await fetch(`${url}/js/999.deadbeef.js`)
  expect(missing.status).toBe(404)
  expect(missing.headers.get('content-type')).not.toMatch(/html/)
})

test('a new build waits for the user: the banner, then on a tap the new worker and a reload', async () => {
  const { page } = phone
  await controlled(page)
  const before = await page.evaluate(() => navigator.serviceWorker.controller!.scriptURL)
  expect(before).toBe(`${suite.host.url}/sw.js`)
  await page.evaluate(() => { (window as unknown as { stillOpen: boolean }).stillOpen = true })

  // The next build: a different worker script at the same address.
  appendFileSync(join(staticDir, 'sw.js'), '\n// next build\n')
  await page.evaluate(async () => { await (await navigator.serviceWorker.getRegistration())!.update() })
  await page.locator('#app-update').getByText('有新版本，点击刷新').waitFor({ timeout: 30_000 })

  // Nothing happened to the open page: the old worker still controls it, the new one waits.
  expect(await page.evaluate(async () => {
    const registration = (await navigator.serviceWorker.getRegistration())!
    return { stillOpen: (window as unknown as { stillOpen?: boolean }).stillOpen, waiting: !!registration.waiting, sameController: registration.active === navigator.serviceWorker.controller }
  })).toEqual({ stillOpen: true, waiting: true, sameController: true })
  await page.locator('#health-code[data-status="green"]').waitFor()

  await Promise.all([page.waitForEvent('load', { timeout: 30_000 }), page.click('#app-update-reload')])
  await page.waitForFunction(() => !(window as unknown as { stillOpen?: boolean }).stillOpen)
  await controlled(page)
  expect(await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())!.waiting)).toBe(false)
  await codeShows(page)
  expect(await page.locator('#app-update').count()).toBe(0)
})

test('with the host process stopped, a reload and a new tab show the code, and pages that need the network say so', async () => {
  const { page, context } = phone
  const { url } = suite.host
  await controlled(page)
  trustList = await (await fetch(`${url}/trust-list.json`)).text()

  await suite.host.stop()
  await expect(fetch(`${url}/healthz`)).rejects.toThrow()

  // A reload: the app comes from the worker, the code from the app's own storage.
  await page.reload()
  await codeShows(page)
  const reloaded = await readQr(page)
  expect(verifyOffline(reloaded.text, reloaded.at)).toMatchObject({ valid: true, reasons: [] })

  // A new tab, opening the bare address.
  const tab = await context.newPage()
  await tab.goto(`${url}/`)
  await codeShows(tab)

  // 状态记录: its code is stored, its first call gets no answer: the page says it needs the network.
  await tab.click('#go-history')
  await tab.locator('#page-offline').getByText(OFFLINE_TEXT).waitFor()
  await tab.click('#offline-show-code')
  await codeShows(tab)

  // A page whose code this phone never stored (the staff console): said in words, not a silent URL change.
  await tab.goto(`${url}/packages/staff/pages/console/index`)
  await tab.locator('#page-unavailable[role="alert"]').getByText(OFFLINE_TEXT).waitFor({ timeout: 20_000 })
  await tab.click('#unavailable-show-code')
  await codeShows(tab)
  expect(await tab.locator('#page-unavailable').count()).toBe(0)

  // What the caches hold: the app (the shell, citizen pages), never an API answer or the lists.
  const urls = await cachedUrls(tab)
  const paths = urls.map((u) => new URL(u).pathname)
  // index.html is kept under its revision (?__WB_REVISION__=…); the chunks under their hashed names.
  expect(paths).toContain('/index.html')
  expect(paths.filter((p) => p.startsWith('/js/')).length).toBeGreaterThan(10)
  expect(urls.filter((u) => /\/api\/|\/dev\/|trust-list/.test(u))).toEqual([])
  await tab.close()
})

test('signing out, still offline, leaves no code, no cache and no worker behind', async () => {
  const { page } = phone
  const { url } = suite.host
  await codeShows(page)
  await page.click('#go-me')
  await page.waitForURL(/\/pages\/me\/index$/)
  await page.getByText('退出登录', { exact: true }).click()
  await page.locator('#go-login').waitFor({ timeout: 20_000 })

  expect(await page.evaluate(async () => ({
    stored: Object.keys(localStorage).filter((k) => k.startsWith('hc.') && k !== 'hc.clock' && k !== 'hc.lang'),
    caches: await caches.keys(),
    workers: (await navigator.serviceWorker.getRegistrations()).length
  }))).toEqual({ stored: [], caches: [], workers: 0 })
  // With nothing kept, a reload with the host down is the browser's own error page: the code is gone.
  await expect(page.goto(`${url}/pages/index/index`)).rejects.toThrow(/ERR_CONNECTION_REFUSED/)
})
