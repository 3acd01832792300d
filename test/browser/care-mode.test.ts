// 关怀模式 in real Chromium against the real host: a citizen with a green code turns care mode on from the
// home page. The status then reads in words at least 1.5 times larger; the home keeps only the code, the
// refresh, read-aloud, the help entry and the switch; read-aloud hands the browser's speech engine the
// sentence in Chinese and, after a language switch, in English; the choice holds after a reload; and every
// citizen page opened in care mode fits a 360-px-wide phone with no sideways scrolling.
import type { Page } from 'playwright-core'
import { CITIZEN_PAGES } from '@/features/citizen/routes'
import { browserSuite } from '../support/browser-suite'
import { declaredCitizen, type DeclaredPhone } from '../support/citizen-journey'

const suite = browserSuite({ timeout: 240_000 })
let phone: DeclaredPhone

/** Records what the page asks the speech engine to say instead of saying it (the test edge: the platform). */
function spyOnSpeech(): void {
  const spoken: { text: string; lang: string }[] = []
  ;(window as unknown as { __spoken: typeof spoken }).__spoken = spoken
  Object.defineProperty(window, 'speechSynthesis', {
    configurable: true,
    value: { speak: (u: SpeechSynthesisUtterance) => spoken.push({ text: u.text, lang: u.lang }), cancel: () => undefined, getVoices: () => [] }
  })
}

/** The document and every page container wider than the screen: what sideways scrolling is. */
const tooWide = (page: Page) => page.evaluate(() => {
  const w = window.innerWidth
  const boxes = [document.documentElement, document.body, ...Array.from(document.querySelectorAll<HTMLElement>('.taro_page'))]
  return boxes.filter((b) => b.scrollWidth > Math.max(w, b.clientWidth) + 1).map((b) => `${b.tagName}.${b.className} ${b.scrollWidth}px`)
})

const spoken = (page: Page) => page.evaluate(() => (window as unknown as { __spoken: { text: string; lang: string }[] }).__spoken)
const fontPx = (page: Page, selector: string) => page.locator(selector).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize))

beforeAll(async () => {
  phone = await declaredCitizen(suite.browser, suite.host, '13955550071', { beforeLoad: (p) => p.addInitScript(spyOnSpeech) })
})

test('care mode makes the status text at least 1.5 times larger and leaves only the code and its four controls', async () => {
  const { page } = phone
  const before = await fontPx(page, '#health-code .status-badge__label')
  expect(await page.locator('#home-services').count()).toBe(1)

  await page.click('#care-switch')
  await page.locator('#care-home').waitFor()
  expect(await page.getAttribute('html', 'data-care')).toBe('on')
  await expect(page.locator('#care-status').innerText()).resolves.toContain('绿码 · 可通行')
  const after = await fontPx(page, '#care-status')
  expect(after / before).toBeGreaterThanOrEqual(1.5)

  await page.locator('#code-qr img[src^="data:image/png"]').waitFor({ timeout: 20_000 })
  // Everything that can be pressed on the page, by id: nothing but the refresh, read-aloud, help and the switch.
  const controls = await page.locator('.taro_page:not([style*="display: none"]) [role="button"], .taro_page:not([style*="display: none"]) [role="link"], .taro_page:not([style*="display: none"]) [role="switch"]')
    .evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => e.id))
  expect(controls.sort()).toEqual(['care-help', 'care-read-aloud', 'care-refresh', 'care-switch'])
  for (const gone of ['#home-services', '#go-checkin']) expect(await page.locator(gone).count()).toBe(0)
  expect(await page.getAttribute('#care-switch', 'aria-checked')).toBe('true')

  // The refresh button asks the host again and the code stays on screen.
  await page.click('#care-refresh')
  await page.locator('#care-refresh:not([aria-disabled])').waitFor()
  await page.locator('#care-status').waitFor()
})

test('read-aloud speaks the status in Chinese, and in English once English is chosen', async () => {
  const { page } = phone
  await page.click('#care-read-aloud')
  expect((await spoken(page)).at(-1)).toEqual({ text: '您的健康码是绿码，可以通行', lang: 'zh-CN' })

  await page.goto(`${suite.host.url}/pages/me/index`)
  await page.getByText('English', { exact: true }).click()
  expect(await page.getAttribute('#me-care-switch', 'aria-checked')).toBe('true')
  await page.goto(`${suite.host.url}/pages/index/index`)
  await page.locator('#care-status', { hasText: 'Green · you may pass' }).waitFor()
  await page.click('#care-read-aloud')
  expect((await spoken(page)).at(-1)).toEqual({ text: 'Your health code is green: you may pass', lang: 'en-US' })

  await page.goto(`${suite.host.url}/pages/me/index`)
  await page.getByText('简体中文', { exact: true }).click()
})

test('care mode is remembered after a reload, and turned off from 我的 it is off after a reload too', async () => {
  const { page } = phone
  await page.goto(`${suite.host.url}/pages/index/index`)
  const rootOn = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))
  await page.reload()
  await page.locator('#care-home').waitFor()
  expect(await page.getAttribute('html', 'data-care')).toBe('on')
  expect(await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))).toBe(rootOn)

  await page.goto(`${suite.host.url}/pages/me/index`)
  await page.click('#me-care-switch')
  expect(await page.getAttribute('#me-care-switch', 'aria-checked')).toBe('false')
  expect(await page.getAttribute('html', 'data-care')).toBeNull()
  const rootOff = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize))
  expect(rootOn / rootOff).toBeCloseTo(1.5, 2)
  await page.goto(`${suite.host.url}/pages/index/index`)
  await page.locator('#home-services').waitFor()
  await page.reload()
  await page.locator('#home-services').waitFor()
  expect(await page.locator('#care-home').count()).toBe(0)
})

test('every citizen page opened in care mode fits a 360-px-wide phone without sideways scrolling', async () => {
  const { page } = phone
  await page.setViewportSize({ width: 360, height: 740 })
  await page.goto(`${suite.host.url}/pages/index/index`)
  await page.click('#care-switch')
  await page.locator('#care-home').waitFor()
  const pages = ['/pages/index/index', '/pages/me/index', '/packages/care/pages/guide/index', ...Object.values(CITIZEN_PAGES), `${CITIZEN_PAGES.declare}?kind=trips`]
  const overflowing: string[] = []
  for (const path of pages) {
    await page.goto(`${suite.host.url}${path}`)
    await page.locator('.taro_page .page').first().waitFor()
    await page.waitForLoadState('networkidle')
    expect(await page.getAttribute('html', 'data-care')).toBe('on')
    const wide = await tooWide(page)
    if (wide.length) overflowing.push(`${path}: ${wide.join(', ')}`)
  }
  expect(overflowing).toEqual([])
  // The check does see a page that is too wide.
  await page.evaluate(() => {
    const d = document.createElement('div')
    d.style.cssText = 'width: 500px; height: 1px'
    document.querySelector('.taro_page .page')!.parentElement!.appendChild(d)
  })
  expect((await tooWide(page)).length).toBeGreaterThan(0)
})
