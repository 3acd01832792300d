// A new phone: signing in on a second browser context (its own storage, so its own device key) binds
// that key with code-generate, and the first phone's code, captured before, is then revoked.
import { browserSuite } from '../support/browser-suite'
import { newPhone, readQr, signIn, verifyWithCli } from '../support/citizen-browser'
import { declaredCitizen, type DeclaredPhone } from '../support/citizen-journey'

const suite = browserSuite({ timeout: 150_000 })
let first: DeclaredPhone

beforeAll(async () => {
  first = await declaredCitizen(suite.browser, suite.host, '13955550003')
})

test('signing in on a second phone binds a new device key and revokes the first phone’s code', async () => {
  const { host, browser } = suite
  const before = await readQr(first.page)
  expect(await verifyWithCli(host, before.text, before.at)).toMatchObject({ valid: true, reasons: [] })
  const firstKey = await first.page.evaluate(() => localStorage.getItem('hc.wallet'))

  const second = await newPhone(browser)
  await signIn(second.page, host, '13955550003')
  // Already declared: the new phone goes straight to its code, made with a key of its own.
  await second.page.locator('#health-code[data-status="green"]').waitFor({ timeout: 20_000 })
  const now = await readQr(second.page)
  expect(await second.page.evaluate(() => localStorage.getItem('hc.wallet'))).not.toBe(firstKey)

  expect(await verifyWithCli(host, now.text, now.at)).toMatchObject({ valid: true, reasons: [], claims: { status: 'green' } })
  expect(await verifyWithCli(host, before.text, before.at)).toMatchObject({ valid: false, reasons: ['revoked'] })
})
