// Every page of the H5 app, as a screen-reader and keyboard user meets it (docs/accessibility.md).
// The page list is src/app.config.ts itself: a page there without a row in PAGE_STATES fails the file.
// Each page is visited once: its heading, then axe-core (no serious or critical violation), then Tab
// through the whole page, every clickable reached and answering Enter or Space. The clicks that keys
// produce are caught before the app sees them, so nothing is submitted, opened or signed out.
import AxeBuilder from '@axe-core/playwright'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { ReturnCode } from '@core/api/return-codes'
import { browserSuite, openPage } from '../support/browser-suite'
import { declaredCitizen } from '../support/citizen-journey'
import { signIn } from '../support/citizen-browser'
import { ADMIN_1, AUDITOR_1, VERIFIER, fileCorrection, tokenOf } from '../support/ops-browser'
import { makeCitizen } from '../support/verifier-fixtures'
import { chinaToday } from '../support/citizen'

const suite = browserSuite({ timeout: 900_000 })

type Who = 'anyone' | 'citizen' | 'admin' | 'auditor' | 'verifier'
/** What the set-up made, for pages that need an id in their address. */
interface Made { importId: string; caseId: string; caseKind: string; grantId: string }
interface PageState { as: Who; query?: (m: Made) => string }

/** How to reach each page of app.config.ts: who is signed in, and the query it needs. */
const PAGE_STATES: Record<string, PageState> = {
  'pages/index/index': { as: 'citizen' },
  'pages/login/index': { as: 'anyone' },
  'pages/me/index': { as: 'citizen' },
  'packages/citizen/pages/consent/index': { as: 'citizen' },
  'packages/citizen/pages/declare/index': { as: 'citizen' },
  'packages/citizen/pages/history/index': { as: 'citizen' },
  'packages/citizen/pages/checkin/index': { as: 'citizen' },
  'packages/citizen/pages/correction/index': { as: 'citizen' },
  'packages/citizen/pages/appeal/index': { as: 'citizen' },
  'packages/citizen/pages/notices/index': { as: 'citizen' },
  'packages/citizen/pages/access/index': { as: 'citizen' },
  'packages/citizen/pages/relatives/index': { as: 'citizen' },
  'packages/citizen/pages/held/index': { as: 'citizen', query: (m) => `grantId=${m.grantId}` },
  'packages/staff/pages/console/index': { as: 'admin' },
  'packages/staff/pages/scan/index': { as: 'verifier' },
  'packages/staff/pages/history/index': { as: 'verifier' },
  'packages/staff/pages/today/index': { as: 'admin' },
  'packages/staff/pages/staff/index': { as: 'admin' },
  'packages/staff/pages/points/index': { as: 'admin' },
  'packages/staff/pages/imports/index': { as: 'admin' },
  'packages/staff/pages/import/index': { as: 'admin', query: (m) => `id=${m.importId}` },
  'packages/staff/pages/rules/index': { as: 'admin' },
  'packages/staff/pages/alarms/index': { as: 'admin' },
  'packages/staff/pages/audit/index': { as: 'auditor' },
  'packages/staff/pages/case/index': { as: 'auditor', query: (m) => `kind=${m.caseKind}&id=${m.caseId}` },
  'packages/public/pages/rules/index': { as: 'anyone' },
  'packages/care/pages/guide/index': { as: 'citizen' }
}

/** Also checked in English. */
const ENGLISH_SMOKE = ['pages/login/index', 'pages/index/index', 'packages/citizen/pages/declare/index', 'packages/staff/pages/staff/index']

/** Citizen pages checked again in care mode, switched on through its storage key (src/features/care/care-mode.ts). */
const CARE_MODE: { key: string; value: unknown } | null = { key: 'hc.care', value: 'on' }
const CARE_PAGES = Object.keys(PAGE_STATES).filter((p) => PAGE_STATES[p].as === 'citizen')

/** The pages of app.config.ts, read from its source (it calls Taro's defineAppConfig, so it is not imported). */
function configuredPages(): string[] {
  const src = readFileSync(join(__dirname, '..', '..', 'src', 'app.config.ts'), 'utf8')
  const lists = [...src.matchAll(/(?:root:\s*'([^']+)'[^\]]*?)?pages:\s*\[([^\]]*)\]/g)]
  return lists.flatMap(([, root, list]) => [...list.matchAll(/'([^']+)'/g)].map(([, p]) => (root ? `${root}/${p}` : p)))
}

interface Report { page: string; lang: string; serious: number; critical: number; reached: number; total: number; missed: string[]; dead: string[]; problems: string[] }

/** Everything a pointer can act on, marked with data-a11y-n; controls inside another control count once. */
function markClickables(): number {
  const sel = '[role=button],[role=link],[role=checkbox],[role=radio],[role=tab],[role=switch],[role=menuitem],button,a[href],input:not([type=hidden]),select,textarea,taro-button-core'
  const shown = (el: Element) => {
    const s = getComputedStyle(el)
    return el.getClientRects().length > 0 && s.visibility !== 'hidden' && !el.closest('[aria-hidden=true],[inert]')
  }
  const usable = (el: Element) => !(el as HTMLButtonElement).disabled && el.getAttribute('aria-disabled') !== 'true' && !el.hasAttribute('disabled')
  const all = Array.from(document.querySelectorAll(sel)).filter((el) => shown(el) && usable(el))
  const outer = all.filter((el) => !all.some((o) => o !== el && o.contains(el)))
  outer.forEach((el, n) => el.setAttribute('data-a11y-n', String(n)))
  return outer.length
}

/** Tabs through the page; for each clickable focused, presses Enter (Space for toggles) and notes whether a click came. */
async function tabThrough(page: Page, total: number): Promise<{ reached: Set<number>; dead: string[] }> {
  await page.evaluate(() => {
    const w = window as unknown as { __a11yClicks: number }
    w.__a11yClicks = 0
    // Capture on window runs before React's listeners on the root: the app never sees these clicks.
    window.addEventListener('click', (e) => { w.__a11yClicks++; e.preventDefault(); e.stopImmediatePropagation() }, true)
    ;(document.activeElement as HTMLElement | null)?.blur()
  })
  const reached = new Set<number>()
  const dead: string[] = []
  for (let i = 0; i < total * 2 + 15 && reached.size < total; i++) {
    await page.keyboard.press('Tab')
    const f = await page.evaluate(() => {
      const el = document.activeElement
      const c = el?.closest('[data-a11y-n]')
      if (!el || !c) return null
      const role = c.getAttribute('role') ?? ''
      const tag = c.tagName.toLowerCase()
      const text = tag === 'input' || tag === 'textarea' || tag === 'select'
      const type = (c as HTMLInputElement).type
      return { n: Number(c.getAttribute('data-a11y-n')), typed: text && !['checkbox', 'radio', 'button', 'submit', 'file'].includes(type) || tag === 'select' || tag === 'textarea',
        toggle: ['checkbox', 'radio', 'switch'].includes(role) || ['checkbox', 'radio'].includes(type), name: `${tag}${c.id ? '#' + c.id : ''} ${(c.textContent ?? '').trim().slice(0, 20)}` }
    })
    if (!f || reached.has(f.n)) continue
    reached.add(f.n)
    if (f.typed) continue
    const before = await page.evaluate(() => (window as unknown as { __a11yClicks: number }).__a11yClicks)
    await page.keyboard.press(f.toggle ? 'Space' : 'Enter')
    const after = await page.evaluate(() => (window as unknown as { __a11yClicks: number }).__a11yClicks)
    if (after === before) dead.push(f.name)
  }
  return { reached, dead }
}

/** Waits until the page stops changing (its data arrived): the same text and controls over three looks, 400 ms apart. */
async function settle(page: Page): Promise<void> {
  const look = () => page.evaluate(() => `${document.body.innerText.length}:${document.querySelectorAll('[role],button,a,input,select,textarea,taro-button-core').length}`)
  let last = ''
  let same = 0
  for (let i = 0; i < 40 && same < 2; i++) {
    await page.waitForTimeout(400)
    const now = await look()
    same = now === last ? same + 1 : 0
    last = now
  }
}

/** Clickables drawn smaller than 44×44 CSS px (text fields excepted: they are full width and as tall as their text). */
function smallTargets(): string[] {
  return Array.from(document.querySelectorAll('[data-a11y-n]'))
    .filter((el) => !['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName) || ['checkbox', 'radio'].includes((el as HTMLInputElement).type))
    .filter((el) => { const r = el.getBoundingClientRect(); return r.width < 44 || r.height < 44 })
    .map((el) => `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}`)
}

async function checkPage(page: Page, path: string, query: string, lang: string): Promise<Report> {
  await page.goto(`${suite.host.url}/${path}${query ? '?' + query : ''}`)
  const problems: string[] = []
  const heading = page.locator('[role=heading][aria-level="1"]:visible, h1:visible').first()
  await heading.waitFor({ timeout: 20_000 }).catch(() => problems.push('no heading'))
  await settle(page)
  const axe = await new AxeBuilder({ page }).analyze()
  const bad = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  for (const v of bad) problems.push(`${v.impact} ${v.id}: ${v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')} (${n.failureSummary?.replace(/\s+/g, ' ').slice(0, 160)})`).join(' | ')}`)
  const total = await page.evaluate(markClickables)
  const small = await page.evaluate(smallTargets)
  if (small.length) problems.push(`smaller than 44×44: ${small.join(', ')}`)
  const { reached, dead } = await tabThrough(page, total)
  const missed = await page.evaluate((got) => Array.from(document.querySelectorAll('[data-a11y-n]'))
    .filter((el) => !got.includes(Number(el.getAttribute('data-a11y-n'))))
    .map((el) => `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''} ${(el.textContent ?? '').trim().slice(0, 20)}`), [...reached])
  const r: Report = { page: path, lang, serious: bad.filter((v) => v.impact === 'serious').length, critical: bad.filter((v) => v.impact === 'critical').length, reached: reached.size, total, missed, dead, problems }
  process.stdout.write(`a11y ${lang.padEnd(5)} ${path.padEnd(40)} serious ${r.serious} critical ${r.critical} clickables reached ${r.reached}/${r.total}${problems.length || missed.length || dead.length ? '  ' + JSON.stringify({ problems, missed, dead }) : ''}\n`)
  return r
}

let made: Made
const phones: Partial<Record<Who, { context: BrowserContext; page: Page }>> = {}

beforeAll(async () => {
  const { browser, host } = suite
  const citizen = await declaredCitizen(browser, host, '13955557301')
  phones.citizen = citizen
  const citizenToken = await tokenOf(citizen.page)
  // A relative who lets the citizen see their status: the held page's grant.
  const relative = await makeCitizen(host, '13955557302', '周桂芳')
  const grant = await host.call('grant-create', { otherPhone: '13955557301', scope: 'view', purpose: '照看老人', days: 7 }, relative.token)
  if (grant.body.code !== ReturnCode.OK) throw new Error('grant-create failed: ' + JSON.stringify(grant.body))
  await host.call('grant-accept', { grantId: grant.body.data.id }, citizenToken)
  const adminToken = await host.login(ADMIN_1)
  const csv = `region_code,level,from,to\n440305,medium,${chinaToday(-5)},${chinaToday(5)}\n`
  const up = await host.call('import-upload', { source: 'risk-areas', fileName: 'areas.csv', contentBase64: Buffer.from(csv).toString('base64') }, adminToken)
  if (up.body.code !== ReturnCode.OK) throw new Error('import-upload failed: ' + JSON.stringify(up.body))
  const auditorToken = await host.login(AUDITOR_1)
  const filed = await fileCorrection(host, auditorToken, citizenToken)
  made = { importId: up.body.data.id, caseId: filed.id, caseKind: filed.kind, grantId: grant.body.data.id }
  for (const [who, phone, desk] of [['admin', ADMIN_1, false], ['auditor', AUDITOR_1, true], ['verifier', VERIFIER, false]] as const) {
    const staff = await openPage(browser, { locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: desk ? { width: 1366, height: 900 } : { width: 390, height: 844 } }, who)
    await signIn(staff.page, host, phone)
    phones[who] = staff
  }
  phones.anyone = await openPage(browser, { locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 390, height: 844 } }, 'anyone')
})

async function setLanguage(lang: 'zh-CN' | 'en'): Promise<void> {
  for (const p of Object.values(phones)) {
    if (!p) continue
    if (!p.page.url().startsWith(suite.host.url)) await p.page.goto(`${suite.host.url}/pages/login/index`)
    await p.page.evaluate((l) => localStorage.setItem('hc.lang', JSON.stringify({ data: l })), lang)
  }
}

function expectClean(reports: Report[]): void {
  expect(reports.filter((r) => r.serious || r.critical || r.problems.length || r.missed.length || r.dead.length || r.reached < r.total)).toEqual([])
}

test('every page of app.config.ts has a row saying how to reach it', () => {
  const pages = configuredPages()
  expect(pages.length).toBeGreaterThan(20)
  expect(pages.filter((p) => !PAGE_STATES[p])).toEqual([])
  expect(Object.keys(PAGE_STATES).filter((p) => !pages.includes(p))).toEqual([])
})

test('every page in Chinese: a heading, no serious or critical axe violation, every clickable reached by Tab and working from the keyboard', async () => {
  await setLanguage('zh-CN')
  const reports: Report[] = []
  for (const path of configuredPages()) {
    const state = PAGE_STATES[path]
    if (!state) continue
    reports.push(await checkPage(phones[state.as]!.page, path, state.query?.(made) ?? '', 'zh-CN'))
  }
  expectClean(reports)
})

test('pages in English', async () => {
  await setLanguage('en')
  const reports: Report[] = []
  for (const path of ENGLISH_SMOKE) reports.push(await checkPage(phones[PAGE_STATES[path].as]!.page, path, PAGE_STATES[path].query?.(made) ?? '', 'en'))
  await setLanguage('zh-CN')
  expectClean(reports)
})

;(CARE_MODE ? test : test.skip)('citizen pages in care mode', async () => {
  const page = phones.citizen!.page
  await page.evaluate(({ key, value }) => localStorage.setItem(key, JSON.stringify({ data: value })), CARE_MODE!)
  const reports: Report[] = []
  for (const path of CARE_PAGES) reports.push(await checkPage(page, path, PAGE_STATES[path].query?.(made) ?? '', 'care'))
  expectClean(reports)
})

test('a larger default font size in the browser makes the app’s text larger', async () => {
  const sizeAt = async (standard: number | null) => {
    const { context, page } = await openPage(suite.browser, { locale: 'zh-CN', viewport: { width: 390, height: 844 } }, 'font')
    if (standard) {
      const cdp = await context.newCDPSession(page)
      await cdp.send('Page.setFontSizes', { fontSizes: { standard, fixed: standard - 4 } })
    }
    await page.goto(`${suite.host.url}/pages/login/index`)
    const title = page.locator('[role=heading][aria-level="1"]:visible').first()
    await title.waitFor()
    const px = await title.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
    await context.close()
    return px
  }
  const usual = await sizeAt(null)
  const larger = await sizeAt(24)
  process.stdout.write(`a11y font: default ${usual}px, with a 24 px browser default ${larger}px\n`)
  expect(larger / usual).toBeCloseTo(24 / 16, 1)
})
