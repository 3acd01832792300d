// Drives the H5 app as a citizen in real Chromium against the real host (build/host.js): sign in with the
// dev SMS code, accept the notice, declare, read the QR off a screenshot, and check it with the
// `healthcode verify` command against the host's published trust list.
import { execFileSync } from 'node:child_process'
import { recordIdentifier } from './identifiers'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { openPage } from './browser-suite'
import type { RunningHost } from './host'
import { decodeQrPngOffThread } from './png-qr'

const root = join(__dirname, '..', '..')

export interface PhoneOptions {
  beforeLoad?: (page: Page) => Promise<void>
  /** 'block': no service worker, so every script comes from the network (a test that slows it down). */
  serviceWorkers?: 'allow' | 'block'
}

/** A phone: its own storage (wallet, device key), zh-CN, a phone-sized screen at 2× like most phones. */
export async function newPhone(browser: Browser, opts: PhoneOptions = {}): Promise<{ context: BrowserContext; page: Page }> {
  const phone = await openPage(browser, { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', serviceWorkers: opts.serviceWorkers ?? 'allow' })
  await opts.beforeLoad?.(phone.page)
  return phone
}

export async function signIn(page: Page, host: RunningHost, phone: string): Promise<void> {
  recordIdentifier(phone)
  await page.goto(`${host.url}/pages/login/index`)
  await page.waitForSelector('#phone input')
  await page.fill('#phone input', phone)
  await page.click('#send-code')
  await page.getByText('验证码已发送').waitFor()
  await page.fill('#code input', host.latestOtp(phone.slice(-4)))
  await page.click('#sign-in')
  // Citizens land at home, verifiers on the scanner, other staff on their console (features/auth/landing.ts).
  await page.waitForURL(/\/pages\/index\/index|\/packages\/staff\/pages\/(scan|console)\/index/)
}

export async function acceptNotice(page: Page): Promise<void> {
  await page.click('#go-consent')
  for (const title of ['我们收集什么', '为什么收集', '保存多久', '谁能看到']) await page.getByText(title).waitFor()
  await page.click('#accept-consent')
  await page.waitForURL(/\/packages\/citizen\/pages\/declare\/index/)
  await page.waitForSelector('#id-number input')
}

/** Picks a division through the picker: province, prefecture, county (municipalities step through 市辖区). */
export async function pickRegion(page: Page, id: string, county: string): Promise<void> {
  await page.click(`#${id}-open`)
  const province = county.slice(0, 2) + '0000'
  const prefecture = county.slice(0, 4) + '00'
  await page.click(`#${id}-opt-${province}`)
  const direct = page.locator(`#${id}-opt-${county}`)
  if (!(await direct.isVisible({ timeout: 1500 }).catch(() => false))) await page.click(`#${id}-opt-${prefecture}`)
  await page.click(`#${id}-opt-${county}`)
}

export async function fillBasic(page: Page, p: { name: string; id: string; household: string; address: string }): Promise<void> {
  await page.fill('#name input', p.name)
  await page.fill('#id-number input', p.id)
  await pickRegion(page, 'household', p.household)
  await page.fill('#address input', p.address)
}

export async function fillHealth(page: Page, temperature = '36.5'): Promise<void> {
  await page.fill('#temperature input', temperature)
  await page.click('#conditions-none')
}

/** Waits for the code card and returns the text of the QR read from a screenshot of the page. */
export async function readQr(page: Page): Promise<{ text: string; at: number; png: Buffer }> {
  await page.waitForSelector('#code-qr img[src^="data:image/png"]', { timeout: 20_000 })
  // The page's own clock, which a test may have moved with page.clock.
  const at = await page.evaluate(() => Date.now())
  const png = await page.screenshot()
  const text = await decodeQrPngOffThread(png)
  if (!text) throw new Error('no QR code found in the screenshot')
  return { text, at, png }
}

export interface Verdict {
  valid: boolean
  reasons: string[]
  claims?: { status?: string; name?: string; id?: string }
}

/**
 * A GET, tried once more on a fresh connection when the first fails before any answer: fetch reuses an idle
 * keep-alive socket, and after a long synchronous stretch (decoding a screenshot) it can pick one the host
 * has just closed ("fetch failed: other side closed").
 */
async function getText(url: string): Promise<string> {
  try {
    return await (await fetch(url)).text()
  } catch {
    return (await fetch(url)).text()
  }
}

/** `healthcode verify` against a trust list just fetched from the host. `atMs` is the verifier's clock. */
export async function verifyWithCli(host: RunningHost, text: string, atMs?: number): Promise<Verdict> {
  const dir = mkdtempSync(join(tmpdir(), 'hc-verify-'))
  const trust = join(dir, 'trust.json')
  const input = join(dir, 'qr.txt')
  writeFileSync(trust, await getText(`${host.url}/trust-list.json`))
  writeFileSync(input, text)
  const args = [join(root, 'bin', 'healthcode.js'), 'verify', '--trust', trust, '--in', input, ...(atMs ? ['--at', new Date(atMs).toISOString()] : [])]
  try {
    return JSON.parse(execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' }))
  } catch (err) {
    const e = err as { status?: number; stdout?: string }
    if (e.status === 1 && e.stdout) return JSON.parse(e.stdout) // exit 1 = a verdict of "invalid"
    throw err
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** The next drawing: polls screenshots until the QR differs from `previous` (redraws are asynchronous). */
export async function readNextQr(page: Page, previous: string, timeoutMs = 15_000): Promise<{ text: string; at: number; png: Buffer }> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const shot = await readQr(page)
    if (shot.text !== previous) return shot
    if (Date.now() > deadline) throw new Error('the QR was not redrawn')
    await new Promise((r) => setTimeout(r, 200))
  }
}

/** Picks a date (YYYY-MM-DD) in a date field: its year, month and day lists, in that order. */
export async function pickDate(page: Page, id: string, date: string): Promise<void> {
  const [y, m, d] = date.split('-').map(Number)
  await page.selectOption(`#${id}-year`, String(y))
  await page.selectOption(`#${id}-month`, String(m))
  await page.selectOption(`#${id}-day`, String(d))
}
