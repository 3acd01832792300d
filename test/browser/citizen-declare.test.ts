// A new citizen, end to end in Chromium against the real host: sign in, read and accept the notice,
// declare. A wrong ID number is stopped at its field (by the phone, and by the host when the phone is
// bypassed) and nothing is stored; corrected, it yields a green code whose QR, read from a screenshot,
// verifies with `healthcode verify` and goes stale two minutes later. The ID number is nowhere in plain text.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { browserSuite } from '../support/browser-suite'
import { acceptNotice, fillBasic, fillHealth, newPhone, readQr, signIn, verifyWithCli } from '../support/citizen-browser'
import { encryptId, validIdNumber } from '../support/citizen'
import { inspectSqlite, type Inspector } from '../support/db-inspect'

const suite = browserSuite({ timeout: 120_000 })
let db: Inspector
let page: Page

const PHONE = '13955550001'
const ID = validIdNumber('330106', '19880512', '273')
const WRONG_ID = ID.slice(0, 17) + (ID.endsWith('1') ? '2' : '1') // check digit off by one

// One phone through the file: the later tests look at what the first one left behind.
beforeAll(async () => {
  db = await inspectSqlite(suite.host.dataDir)
  ;({ page } = await newPhone(suite.browser))
})
afterAll(async () => {
  await db?.close()
})

const fieldMessage = (p: Page, field: string) => p.locator(`.text-field:has(#${field}) .field-message`)

test('a wrong ID number is stopped at its field and nothing is stored; corrected, the citizen gets a green code', async () => {
  const { host } = suite
  await signIn(page, host, PHONE)
  await acceptNotice(page)
  await fillBasic(page, { name: '王小明', id: WRONG_ID, household: '330106', address: '杭州市西湖区文三路 1 号' })
  await fillHealth(page)

  const declares: string[] = []
  page.on('request', (r) => r.url().endsWith('/api/health-declare') && declares.push(r.postData() ?? ''))
  const before = await db.dump()
  await page.click('#submit-declaration')
  await fieldMessage(page, 'id-number').getByText('身份证号校验位不正确，请核对').waitFor()
  await page.getByText('有 1 处需要修改').waitFor()
  expect(declares).toEqual([]) // the phone's own check: nothing was sent

  // The host's check, with the phone's bypassed: the same message lands at the same field.
  await page.fill('#id-number input', ID)
  await page.route('**/api/health-declare', async (route) => {
    const body = JSON.parse(route.request().postData()!)
    body.basic.idNumberEncrypted = await encryptId(host, WRONG_ID)
    await route.continue({ postData: JSON.stringify(body) })
  })
  await page.click('#submit-declaration')
  await fieldMessage(page, 'id-number').getByText('身份证号校验位不正确，请核对').waitFor()
  expect(declares).toHaveLength(1)
  expect(await db.dump()).toBe(before)
  await page.unroute('**/api/health-declare')

  await page.click('#submit-declaration')
  await page.waitForURL(/\/pages\/index\/index/)
  await page.locator('#health-code[data-status="green"]').waitFor({ timeout: 20_000 })
  await page.getByText('绿码').first().waitFor()
  await page.getByText('王*').waitFor()
  await page.getByText('33**************' + ID.slice(-2)).waitFor()
  await page.getByText('杭州市（330100）').waitFor()
  // The ID number went out only encrypted.
  expect(declares.every((d) => !d.includes(ID) && !d.includes(WRONG_ID))).toBe(true)
})

test('the ID number is nowhere in plain text: not in the database, its WAL, the log, nor the phone', async () => {
  const { host } = suite
  const dump = await db.dump()
  expect(dump.length).toBeGreaterThan(1000) // a real dump, not an empty one
  expect(dump).not.toContain(ID)
  for (const f of readdirSync(host.dataDir).filter((n) => n.startsWith('healthcode.db'))) {
    expect(readFileSync(join(host.dataDir, f)).includes(Buffer.from(ID))).toBe(false)
  }
  const log = readFileSync(host.logFile, 'utf8')
  expect(log.length).toBeGreaterThan(0)
  expect(log).not.toContain(ID)
  expect(await page.evaluate(() => JSON.stringify({ ...localStorage }))).not.toContain(ID)
})

test('the QR read from a screenshot verifies against /trust-list.json, and is stale two minutes later', async () => {
  const { host } = suite
  const shot = await readQr(page)
  expect(shot.text).toMatch(/^HZ1:/)
  const now = await verifyWithCli(host, shot.text, shot.at)
  expect(now).toMatchObject({ valid: true, reasons: [], claims: { status: 'green', name: '王*', id: '33**************' + ID.slice(-2) } })
  const later = await verifyWithCli(host, shot.text, shot.at + 120_000)
  expect(later.valid).toBe(false)
  expect(later.reasons).toContain('stale-presentation')
})
