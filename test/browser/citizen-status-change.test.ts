// A trip to a high-risk area turns the code red, with its reason and exit condition on the code page,
// and revokes the green code shown before. Verdicts come from `healthcode verify` against a fresh trust
// list. (A new phone revoking the old one: citizen-new-phone.test.ts.)
import { browserSuite } from '../support/browser-suite'
import { pickDate, pickRegion, readQr, verifyWithCli } from '../support/citizen-browser'
import { declaredCitizen, type DeclaredPhone } from '../support/citizen-journey'
import { chinaToday } from '../support/citizen'

const suite = browserSuite({ timeout: 150_000 })
let first: DeclaredPhone

beforeAll(async () => {
  first = await declaredCitizen(suite.browser, suite.host, '13955550002')
})

test('a trip to a high-risk county turns the code red, says why and how it ends, and revokes the green code', async () => {
  const { host } = suite
  const { page } = first
  const green = await readQr(page)
  expect(await verifyWithCli(host, green.text, green.at)).toMatchObject({ valid: true, claims: { status: 'green' } })

  await page.click('#go-trips')
  await page.waitForSelector('#add-trip')
  await page.click('#add-trip')
  await pickRegion(page, 'trip-0-region', '420106') // 湖北省武汉市武昌区, high risk in the demo data
  await page.getByText('湖北省 › 武汉市 › 武昌区').waitFor()
  await pickDate(page, 'trip-0-from', chinaToday(-3))
  await pickDate(page, 'trip-0-to', chinaToday(-2))
  await page.click('#submit-declaration')
  await page.waitForURL(/\/pages\/index\/index/)

  const card = page.locator('#health-code[data-status="red"]')
  await card.waitFor({ timeout: 20_000 })
  await card.getByText('红码').waitFor()
  await card.getByText('✕').waitFor()
  const reason = await page.locator('#code-reason').innerText()
  const exit = await page.locator('#code-exit').innerText()
  expect(reason).toContain('高风险')
  expect(exit).toMatch(/转绿条件：.*14天/)

  const red = await readQr(page)
  expect(await verifyWithCli(host, red.text, red.at)).toMatchObject({ valid: true, claims: { status: 'red' } })
  // The green code, verified as of when it was shown, is now on the revocation list.
  expect(await verifyWithCli(host, green.text, green.at)).toMatchObject({ valid: false, reasons: ['revoked'] })

  // The history page lists both changes with their reasons.
  await page.click('#go-history')
  await page.locator('#status-history').getByText('红码').waitFor()
  await page.locator('#status-history').getByText('绿码').waitFor()
  expect(await page.locator('#status-history').innerText()).toContain('高风险')
})
