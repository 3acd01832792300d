// A passport holder, end to end in Chromium against the real host: she chooses 护照 (by keyboard), types
// the number, finds her nationality by name and picks it (by keyboard), and is told at each field what is
// missing; declared, her code shows the passport's mask, which the QR carries: `healthcode verify` reads
// it, and a verifier's camera scan shows it with "compare with the passport". The number is nowhere in
// plain text.
import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { browserSuite } from '../support/browser-suite'
import { acceptNotice, fillHealth, newPhone, pickDate, pickRegion, readQr, signIn, verifyWithCli } from '../support/citizen-browser'
import { inspectSqlite, type Inspector } from '../support/db-inspect'
import { recordIdentifier } from '../support/identifiers'
import { textOf, waitForText } from '../support/staff-browser'

const suite = browserSuite({ timeout: 180_000, camera: { width: 640, height: 480 } })
const PHONE = '13955560001'
const VERIFIER = '13800000003'
const PASSPORT = 'C01X00T47'
const MASKED = 'C******47'
let db: Inspector
let phone: Page

beforeAll(async () => {
  recordIdentifier(PASSPORT)
  db = await inspectSqlite(suite.host.dataDir)
  ;({ page: phone } = await newPhone(suite.browser))
})
afterAll(async () => {
  await db?.close()
})

/** Tab-reachable controls answer the keyboard: focus one and press a key. */
async function pressOn(page: Page, selector: string, key: 'Enter' | ' '): Promise<void> {
  await page.focus(selector)
  expect(await page.evaluate(() => document.activeElement?.id)).toBe(selector.slice(1))
  await page.keyboard.press(key === ' ' ? 'Space' : key)
}

test('a passport holder declares: the form asks what her passport does not carry, field by field, and her code shows its mask', async () => {
  const { host } = suite
  await signIn(phone, host, PHONE)
  await acceptNotice(phone)
  await phone.fill('#name input', 'Erika Mustermann')
  // Resident ID card first: no nationality, sex or birth date asked.
  expect(await phone.locator('#nationality').count()).toBe(0)
  expect(await phone.locator('#sex').count()).toBe(0)
  await pressOn(phone, '#id-type-passport', ' ')
  expect(await phone.getAttribute('#id-type-passport', 'aria-checked')).toBe('true')
  await phone.locator('#nationality').waitFor()
  expect(await phone.getAttribute('#id-number input', 'placeholder')).toBe('护照号码，如 E12345678')
  await phone.fill('#id-number input', PASSPORT.toLowerCase())
  await pickRegion(phone, 'household', '330106')
  await phone.fill('#address input', '杭州市西湖区文三路 9 号')
  await fillHealth(phone)

  // Nothing of nationality, sex and birth date yet: each field says so, and nothing is sent.
  const declares: string[] = []
  phone.on('request', (r) => r.url().endsWith('/api/health-declare') && declares.push(r.postData() ?? ''))
  await phone.click('#submit-declaration')
  await phone.getByText('有 3 处需要修改').waitFor()
  for (const field of ['#nationality', '#sex + .field-message', '.date-field:has(#birth-date)']) expect(await phone.locator(field).innerText()).toContain('必填')
  expect(declares).toEqual([])

  // Nationality found by its Chinese name and chosen with the keyboard.
  await phone.fill('#nationality-search input', '德国')
  await pressOn(phone, '#nationality-opt-DEU', 'Enter')
  expect(await textOf(phone, '#nationality-value')).toContain('德国（DEU）')
  await pressOn(phone, '#sex-female', ' ')
  await pickDate(phone, 'birth-date', '1983-08-12')
  await phone.click('#submit-declaration')
  await phone.waitForURL(/\/pages\/index\/index/)
  await phone.locator('#health-code[data-status="green"]').waitFor({ timeout: 20_000 })
  expect(await textOf(phone, '#health-code')).toContain(MASKED)
  expect(await textOf(phone, '#health-code')).toContain('E*')

  // Sent encrypted: the request carries the type and particulars, never the number.
  expect(declares).toHaveLength(1)
  const basic = JSON.parse(declares[0]).basic
  expect(basic).toMatchObject({ idType: 'passport', nationality: 'DEU', sex: 'female', birthDate: '1983-08-12' })
  expect(declares[0]).not.toContain(PASSPORT)
  expect(declares[0].toUpperCase()).not.toContain(PASSPORT)
  const [row] = await db.rows('select id_type, id_ends from citizens')
  expect(row).toEqual({ id_type: 'passport', id_ends: MASKED })
  expect((await db.dump()).toUpperCase()).not.toContain(PASSPORT)
  expect(readFileSync(host.logFile, 'utf8').toUpperCase()).not.toContain(PASSPORT)
  expect(await phone.evaluate(() => JSON.stringify({ ...localStorage }).toUpperCase())).not.toContain('C01X00T47')
})

test('the code she presents carries the passport\'s mask: `healthcode verify` and a verifier\'s camera scan show it', async () => {
  const { host } = suite
  // The verifier is at the door first, signed in on the scanner with today's trust list.
  const { page: desk } = await suite.newPage({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 390, height: 844 } })
  await signIn(desk, host, VERIFIER)
  await desk.goto(`${host.url}/packages/staff/pages/scan/index`)
  await waitForText(desk, '核验名单 0 分钟前更新')

  const shot = await readQr(phone)
  const verdict = await verifyWithCli(host, shot.text, shot.at)
  expect(verdict).toMatchObject({ valid: true, reasons: [], claims: { status: 'green', name: 'E*', id: MASKED, idType: 'passport' } })

  suite.showOnCamera(shot.text)
  await desk.getByRole('button', { name: '开始上岗' }).click()
  await desk.locator('#verify-result[data-verdict="green"]').waitFor({ timeout: 30_000 })
  expect(await textOf(desk, '#holder-id')).toBe(MASKED)
  expect(await textOf(desk, '#holder-name')).toBe('E*')
  expect(await textOf(desk, '#verify-result')).toContain('请与护照比对')
})
