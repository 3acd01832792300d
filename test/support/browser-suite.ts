// One browser test file's set-up, in one place: one host (build/host.js, one worker unless asked for
// more) serving a private copy of dist/h5, and one Chromium, both started in beforeAll and closed in
// afterAll. Every browser context a test opens is closed after that test; contexts opened in the file's
// own beforeAll (a phone the tests share) stay until the end.
//
//   const suite = browserSuite({ timeout: 120_000 })
//   test('…', async () => {
//     const { page } = await suite.newPage({ locale: 'zh-CN' })
//     await page.goto(`${suite.host.url}/pages/login/index`)
//   })
//
// With `camera`, Chromium's camera plays the file this suite owns: `suite.showOnCamera(text)` writes the
// QR of `text` there, and every camera opened after that (a new page's getUserMedia) shows it.
import { cpSync, existsSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core'
import { launchChromium } from './chromium'
import { y4mFromText, y4mFromTexts, type Y4mOptions } from './fake-camera'
import { startHost, type HostOptions, type RunningHost } from './host'

const root = join(__dirname, '..', '..')

/**
 * The real host serving a private copy of dist/h5: another build of the app (npm test, a colleague) must
 * not swap files under a running test, and the host lists static files when it starts. The copy goes
 * with the host; the data folder stays for inspection, as with startHost.
 */
export async function startAppHost(options: HostOptions = {}): Promise<RunningHost> {
  const h5 = join(root, 'dist', 'h5')
  if (!existsSync(join(h5, 'index.html'))) throw new Error('dist/h5 missing: run `npm run build:h5` first')
  const staticDir = mkdtempSync(join(tmpdir(), 'hc-h5-'))
  cpSync(h5, staticDir, { recursive: true })
  try {
    const host = await startHost({ ...options, env: { STATIC_DIR: staticDir, ...options.env } })
    return { ...host, stop: () => host.stop().finally(() => rmSync(staticDir, { recursive: true, force: true })) }
  } catch (err) {
    rmSync(staticDir, { recursive: true, force: true })
    throw err
  }
}

/** A context of its own (its own storage: wallet, device key, session) and its page; page errors go to stderr. */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}, label = ''): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(options)
  const page = await context.newPage()
  page.on('pageerror', (e) => process.stderr.write(`[page error${label ? ' ' + label : ''}] ${e.message}\n`))
  return { context, page }
}

export interface BrowserSuiteOptions {
  /** jest's timeout for each test and hook of the file. */
  timeout: number
  /** The host's options (workers, env…); `false` starts none (a test of the browser harness alone). */
  host?: HostOptions | false
  /** Give Chromium a camera that plays what `showOnCamera` last wrote, at this size. */
  camera?: Pick<Y4mOptions, 'width' | 'height'>
}

export interface BrowserSuite {
  /** The host (throws when the suite was made with `host: false`). */
  readonly host: RunningHost
  readonly browser: Browser
  /** A folder of this file's own, removed after the file. */
  readonly dir: string
  /** A fresh context and its page for the current test (closed after it, like every context the test opens). */
  newPage(options?: BrowserContextOptions): Promise<{ context: BrowserContext; page: Page }>
  /** The camera shows the QR of `text` from now on (to cameras opened afterwards); several codes are shown in turn, 3 s each. */
  showOnCamera(text: string | readonly string[]): void
}

export function browserSuite(options: BrowserSuiteOptions): BrowserSuite {
  jest.setTimeout(options.timeout)
  let host: RunningHost | undefined
  let browser: Browser | undefined
  let dir: string | undefined
  let before = new Set<BrowserContext>()
  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`browserSuite: no ${what} (${options.host === false && what === 'host' ? 'made with host: false' : 'used before beforeAll'})`)
    return value
  }
  const camera = options.camera
  const cameraFile = () => join(need(dir, 'folder'), 'camera.y4m')
  // Written aside and renamed into place: a camera still playing the old file keeps reading it whole.
  const showOnCamera = (text: string | readonly string[]) => {
    writeFileSync(cameraFile() + '.next', typeof text === 'string' ? y4mFromText(text, camera) : y4mFromTexts(text, camera))
    renameSync(cameraFile() + '.next', cameraFile())
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hc-browser-suite-'))
    // Chromium opens the camera file when a page starts the camera, so what it shows can change later;
    // it must exist from the launch on.
    if (camera) showOnCamera('nothing on the camera yet')
    // Both at once; whichever started is kept (and closed in afterAll) even when the other failed.
    const [h, b] = await Promise.allSettled([
      options.host === false ? Promise.resolve(undefined) : startAppHost(options.host),
      launchChromium(camera ? { fakeCamera: cameraFile() } : {})
    ])
    if (h.status === 'fulfilled') host = h.value
    if (b.status === 'fulfilled') browser = b.value
    for (const r of [h, b]) if (r.status === 'rejected') throw r.reason
  })
  afterAll(async () => {
    await browser?.close()
    await host?.stop()
    if (dir) rmSync(dir, { recursive: true, force: true })
  })
  beforeEach(() => {
    before = new Set(browser?.contexts() ?? [])
  })
  afterEach(async () => {
    for (const context of browser?.contexts() ?? []) if (!before.has(context)) await context.close()
  })

  return {
    get host() { return need(host, 'host') },
    get browser() { return need(browser, 'browser') },
    get dir() { return need(dir, 'folder') },
    newPage: (contextOptions = {}) => openPage(need(browser, 'browser'), contextOptions),
    showOnCamera
  }
}
