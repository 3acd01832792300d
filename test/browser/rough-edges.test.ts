// What a first-time user meets in a real browser, against the real host: the resend countdown readable on
// the sign-in page, a phone number typed with +86 and dashes, the status history in words, a correction's
// short reference read back to an auditor, file choosers and date fields in the page's language, and the
// home page on a 360-px phone (the code first, then the check-in, then the services as tiles).
import type { Page } from 'playwright-core'
import { ReturnCode } from '@core/api/return-codes'
import { browserSuite } from '../support/browser-suite'
import { pickDate } from '../support/citizen-browser'
import { chinaToday } from '../support/citizen'
import { declaredCitizen, type DeclaredPhone } from '../support/citizen-journey'
import { recordIdentifier } from '../support/identifiers'
import { ADMIN_1, AUDITOR_1, staffPage } from '../support/ops-browser'
import { readStorage, writeStorage } from '../support/staff-browser'

const suite = browserSuite({ timeout: 180_000 })
let citizen: DeclaredPhone

beforeAll(async () => {
  citizen = await declaredCitizen(suite.browser, suite.host, '13955550701')
})

/** WCAG contrast of an element's text against the first opaque background behind it (alpha blended). */
async function contrastOf(page: Page, selector: string): Promise<{ color: string; background: string; ratio: number }> {
  return page.evaluate((sel) => {
    const rgba = (s: string) => (s.match(/[\d.]+/g) ?? []).map(Number).concat([1]).slice(0, 4)
    const over = (top: number[], under: number[]) => top.slice(0, 3).map((c, i) => c * top[3] + under[i] * (1 - top[3]))
    const el = document.querySelector(sel) as HTMLElement
    let bg = [255, 255, 255]
    const layers: number[][] = []
    for (let n: HTMLElement | null = el; n; n = n.parentElement) {
      const c = rgba(getComputedStyle(n).backgroundColor)
      if (c[3] > 0) layers.push(c)
      if (c[3] === 1) break
    }
    for (const layer of layers.reverse()) bg = over(layer, bg)
    const fg = over(rgba(getComputedStyle(el).color), bg)
    const lum = (c: number[]) => {
      const [r, g, b] = c.map((v) => { const s = v / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4 })
      return 0.2126 * r + 0.7152 * g + 0.0722 * b
    }
    const [hi, lo] = [lum(fg), lum(bg)].sort((a, b) => b - a)
    return { color: `rgb(${fg.map(Math.round).join(',')})`, background: `rgb(${bg.map(Math.round).join(',')})`, ratio: (hi + 0.05) / (lo + 0.05) }
  }, selector)
}

/** Native file inputs a person could see: on screen, bigger than a pixel, not transparent or clipped away. */
async function visibleFileInputs(page: Page): Promise<string[]> {
  return page.evaluate(() => Array.from(document.querySelectorAll('input[type=file]')).filter((el) => {
    const r = el.getBoundingClientRect()
    const s = getComputedStyle(el)
    const onScreen = r.right > 0 && r.bottom > 0 && r.left < innerWidth && r.top < innerHeight
    const clipped = s.clipPath.startsWith('inset(50%') || s.clip === 'rect(0px, 0px, 0px, 0px)'
    return onScreen && r.width > 1 && r.height > 1 && s.display !== 'none' && s.visibility !== 'hidden' && Number(s.opacity) > 0 && !clipped
  }).map((el) => el.id || el.outerHTML))
}

/**
 * From now on the page's file choosers come to the test instead of opening. Turned on ahead of the press
 * that opens one: turning it on takes a round trip, and a chooser opened meanwhile would be missed.
 */
async function catchFileChoosers(page: Page): Promise<void> {
  page.on('filechooser', () => undefined)
  await page.evaluate(() => 0) // a round trip after the listener: interception is on
}

/** Presses Tab until `id` has the focus (at most `max` times): reachable by keyboard alone. */
async function tabTo(page: Page, id: string, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((x) => document.activeElement?.id === x, id)) return
    await page.keyboard.press('Tab')
  }
  throw new Error(`#${id} not reached by Tab`)
}

test('after a code is sent, the resend countdown is readable: grey, but at least 4.5:1', async () => {
  const { page } = await suite.newPage({ locale: 'zh-CN', viewport: { width: 390, height: 844 } })
  await page.goto(`${suite.host.url}/pages/login/index`)
  await page.fill('#phone input', '13955550702')
  recordIdentifier('13955550702')
  await page.click('#send-code')
  await page.getByText('验证码已发送').waitFor()
  await page.locator('#send-code').getByText(/秒后可重新获取/).waitFor()
  expect(await page.locator('#send-code').getAttribute('aria-disabled')).toBe('true')
  const c = await contrastOf(page, '#send-code')
  expect(c.color).not.toBe(c.background)
  expect(c.ratio).toBeGreaterThanOrEqual(4.5)
})

test('a number typed as "+86 137-0000-1111" signs in as 13700001111', async () => {
  recordIdentifier('13700001111')
  const { page } = await suite.newPage({ locale: 'zh-CN', viewport: { width: 390, height: 844 } })
  await page.goto(`${suite.host.url}/pages/login/index`)
  const field = page.locator('#phone input')
  await field.click()
  await page.keyboard.type('+86 137-0000-1111', { delay: 20 })
  await page.waitForFunction(() => (document.querySelector('#phone input') as HTMLInputElement).value === '13700001111', null, { timeout: 5_000 })
  await page.click('#send-code')
  await page.getByText('验证码已发送').waitFor()
  expect(await field.inputValue()).toBe('13700001111')
  await page.fill('#code input', suite.host.latestOtp('1111'))
  await page.click('#sign-in')
  await page.waitForURL(/\/pages\/index\/index/)
  const session = await readStorage<{ token: string; account: { phoneMasked: string } }>(page, 'hc.session')
  expect(session?.account.phoneMasked).toBe('137****1111')
  const me = await suite.host.call('auth-session', {}, session!.token)
  expect(me.body.data.account.phoneMasked).toBe('137****1111')
  // The host takes the number as people write it, too.
  expect((await suite.host.call('auth-otp-request', { phone: '+86 137-0000-1111' })).body.code).toBe(ReturnCode.OK)
})

test('the status history says in words what changed the status, never "rules" or a rule id', async () => {
  const { page } = citizen
  await page.goto(`${suite.host.url}/pages/index/index`)
  await page.click('#go-history')
  const history = page.locator('#status-history')
  await history.getByText('绿码').first().waitFor()
  const text = await history.innerText()
  expect(text).toContain('规则自动判定')
  expect(text).not.toMatch(/\brules\b|\bmanual\b|\bimport\b/)
  expect(text).not.toMatch(/[a-z]+-[a-z-]+@\d/)
})

test('a correction gets a short reference the auditor finds typed in lower case without the dash', async () => {
  const { page } = citizen
  await page.goto(`${suite.host.url}/pages/index/index`)
  await page.click('#go-correction')
  await page.waitForSelector('#correction-description textarea')
  await page.click('#correction-category-trip')
  await page.fill('#correction-description textarea', '11月20日没有去过外地，请核查行程')
  await page.click('#submit-correction')
  const sent = page.getByText(/编号 [2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}）/)
  await sent.waitFor()
  const reference = /编号 ([2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4})/.exec(await sent.innerText())![1]
  // Listed with the citizen's requests, to read out later.
  await page.locator('.case-list').getByText(`编号 ${reference}`).waitFor()

  const auditor = await staffPage(suite.browser, suite.host, AUDITOR_1, true)
  await auditor.page.goto(`${suite.host.url}/packages/staff/pages/audit/index`)
  await auditor.page.locator('#queue-cases').getByText(`编号 ${reference}`).waitFor()
  await auditor.page.fill('#reference-lookup-field input', 'OOOO-1111')
  await auditor.page.click('#reference-lookup-find')
  await auditor.page.getByText('编号为 8 位字母或数字').waitFor()
  await auditor.page.fill('#reference-lookup-field input', reference.replace('-', '').toLowerCase())
  await auditor.page.click('#reference-lookup-find')
  await auditor.page.waitForURL(/\/packages\/staff\/pages\/case\/index\?ref=/)
  await auditor.page.locator('#case-reference').getByText(`编号 ${reference}`).waitFor()
  expect(await auditor.page.locator('#case-description').innerText()).toContain('没有去过外地')
})

test('attachments: no native file control shows, the add button opens the chooser from the keyboard', async () => {
  const { page } = citizen
  await page.goto(`${suite.host.url}/pages/index/index`)
  await page.click('#go-correction')
  await page.waitForSelector('#correction-attach-add')
  await catchFileChoosers(page)
  expect(await visibleFileInputs(page)).toEqual([])
  await tabTo(page, 'correction-attach-add')
  const [chooser] = await Promise.all([page.waitForEvent('filechooser', { timeout: 10_000 }), page.keyboard.press('Enter')])
  expect(await visibleFileInputs(page)).toEqual([])
  await chooser.setFiles([])
})

test('attachments on a phone in English: the phone’s own chooser opens, no Chinese menu before it', async () => {
  const phone = await suite.newPage({
    locale: 'en-US', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true,
    userAgent: 'Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36'
  })
  const { page } = phone
  await page.goto(`${suite.host.url}/pages/index/index`)
  await writeStorage(page, 'hc.session', await readStorage(citizen.page, 'hc.session'))
  await writeStorage(page, 'hc.lang', 'en')
  await page.goto(`${suite.host.url}/packages/citizen/pages/correction/index`)
  await page.locator('#correction-attach-add').getByText('Add').waitFor()
  await catchFileChoosers(page)
  await page.focus('#correction-attach-add')
  const [chooser] = await Promise.all([page.waitForEvent('filechooser', { timeout: 5_000 }), page.keyboard.press('Enter')])
  expect(await page.locator('body').innerText()).not.toMatch(/拍摄|从相册选择|取消/)
  await chooser.setFiles([])
})

test('the import page: the file is chosen through a button in the page’s language, by keyboard, and its name shown', async () => {
  const admin = await staffPage(suite.browser, suite.host, ADMIN_1)
  const { page } = admin
  await page.goto(`${suite.host.url}/packages/staff/pages/imports/index`)
  await page.waitForSelector('#import-file', { state: 'attached' })
  expect(await visibleFileInputs(page)).toEqual([])
  const picker = page.locator('.file-picker__button')
  expect(await picker.innerText()).toContain('未选择文件')
  await catchFileChoosers(page)
  expect(await page.locator('body').innerText()).not.toMatch(/Choose File|No file chosen/)
  await tabTo(page, 'import-file')
  const [chooser] = await Promise.all([page.waitForEvent('filechooser', { timeout: 10_000 }), page.keyboard.press('Space')])
  await chooser.setFiles({ name: '风险地区.csv', mimeType: 'text/csv', buffer: Buffer.from('region_code,level,from,to\n420106,high,2026-01-01,2026-12-31\n') })
  await picker.getByText('已选择：风险地区.csv').waitFor()
  expect(await visibleFileInputs(page)).toEqual([])
})

test('dates are chosen from lists in the page’s language, and <html lang> follows the app’s language', async () => {
  // A browser set to English, the app to Chinese: nothing on the page may speak the browser's language.
  const { page } = await suite.newPage({ locale: 'en-US', viewport: { width: 390, height: 844 } })
  await page.goto(`${suite.host.url}/pages/index/index`)
  const session = await readStorage(citizen.page, 'hc.session')
  await writeStorage(page, 'hc.session', session)
  await writeStorage(page, 'hc.lang', 'zh-CN')
  await page.goto(`${suite.host.url}/packages/citizen/pages/declare/index?kind=trips`)
  await page.click('#add-trip')
  await page.waitForSelector('#trip-0-from-year')
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN')
  expect(await page.locator('input[type=date]').count()).toBe(0)
  expect(await page.locator('#trip-0-from-year').innerText()).toContain('年')
  await pickDate(page, 'trip-0-from', chinaToday(-3))
  expect(await page.getAttribute('#trip-0-from', 'data-value')).toBe(chinaToday(-3))

  await writeStorage(page, 'hc.lang', 'en')
  await page.goto(`${suite.host.url}/packages/citizen/pages/declare/index?kind=trips`)
  await page.click('#add-trip')
  await page.waitForSelector('#trip-0-from-year')
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('en')
  expect(await page.locator('#trip-0-from-year').innerText()).toContain('Year')
  expect(await page.locator('#trip-0-from').innerText()).not.toMatch(/[年月日]/)
})

test('on a 360-px phone the code comes first, then the check-in, then every service as a tile, all by keyboard', async () => {
  const { page } = citizen
  await page.setViewportSize({ width: 360, height: 740 })
  await page.goto(`${suite.host.url}/pages/index/index`)
  await page.locator('#health-code').waitFor()
  await page.locator('#home-services').waitFor()
  const layout = await page.evaluate(() => {
    const top = (id: string) => document.getElementById(id)!.getBoundingClientRect().top
    const before = (a: string, b: string) => !!(document.getElementById(a)!.compareDocumentPosition(document.getElementById(b)!) & Node.DOCUMENT_POSITION_FOLLOWING)
    return {
      overflow: Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - document.documentElement.clientWidth,
      order: [before('health-code', 'go-checkin'), before('go-checkin', 'home-services'), top('health-code') < top('go-checkin'), top('go-checkin') < top('home-services')],
      nav: document.getElementById('home-services')!.getAttribute('role'),
      heading: document.getElementById('home-services-title')!.innerText
    }
  })
  expect(layout.overflow).toBeLessThanOrEqual(0)
  expect(layout.order).toEqual([true, true, true, true])
  expect(layout).toMatchObject({ nav: 'navigation', heading: '服务' })
  const services = ['go-declare', 'go-trips', 'go-notices', 'go-history', 'go-relatives', 'go-correction', 'go-appeal', 'go-access', 'go-me']
  for (const id of services) {
    const tile = page.locator(`#home-services #${id}`)
    expect(await tile.isVisible()).toBe(true)
    expect(await tile.getAttribute('role')).toBe('link')
    const box = (await tile.boundingBox())!
    expect(box.x + box.width).toBeLessThanOrEqual(360)
  }
  // Keyboard only: Tab to a tile, Enter opens its page.
  await tabTo(page, 'go-history', 80)
  await page.keyboard.press('Enter')
  await page.waitForURL(/\/packages\/citizen\/pages\/history\/index/)
})
