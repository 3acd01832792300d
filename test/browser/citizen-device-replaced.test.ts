// "Use on this phone" (ReturnCode.DEVICE_REPLACED): a second phone takes the code (its new key binds it). The first phone learns
// it at its next sync (health-info names the bound phone) and says so instead of showing its revoked code;
// "在本机使用" binds it back and the second phone's code is then revoked. Against a host that does not name
// the bound phone, the replaced phone learns at its next renewal, which is refused with DEVICE_REPLACED.
import { ReturnCode } from '@core/api/return-codes'
import { browserSuite } from '../support/browser-suite'
import { newPhone, readQr, signIn, verifyWithCli } from '../support/citizen-browser'
import { declaredCitizen, type DeclaredPhone } from '../support/citizen-journey'
import { chinaToday } from '../support/citizen'
import { readStorage } from '../support/staff-browser'

const PHONE = '13955550051'
const MOVED = '您的健康码已在另一部手机上使用，本机的码已失效'
const suite = browserSuite({ timeout: 180_000 })
let first: DeclaredPhone

beforeAll(async () => {
  first = await declaredCitizen(suite.browser, suite.host, PHONE)
})

test('the replaced phone says so instead of showing its revoked code, and "use on this phone" moves the code back', async () => {
  const { host, browser } = suite
  const second = await newPhone(browser)
  await signIn(second.page, host, PHONE)
  await second.page.locator('#health-code[data-status="green"]').waitFor({ timeout: 20_000 })
  const onSecond = await readQr(second.page)

  // The first phone's next sync: the host names another phone, so its code goes, with no renewal asked for.
  const generated: string[] = []
  first.page.on('request', (r) => { if (r.url().endsWith('/api/code-generate')) generated.push(r.url()) })
  await first.page.reload()
  await first.page.locator('#device-replaced').getByText(MOVED).waitFor()
  expect(await first.page.locator('#health-code').count()).toBe(0)
  expect(await readStorage(first.page, 'hc.wallet')).toMatchObject({ replaced: true, credential: null })
  expect(generated).toEqual([])

  // "在本机使用": an explicit bind with this phone's key; the second phone's code is revoked.
  await first.page.click('#use-here')
  await first.page.locator('#health-code[data-status="green"]').waitFor({ timeout: 20_000 })
  const back = await readQr(first.page)
  expect(await verifyWithCli(host, back.text, back.at)).toMatchObject({ valid: true, claims: { status: 'green' } })
  expect(await verifyWithCli(host, onSecond.text, onSecond.at)).toMatchObject({ valid: false, reasons: ['revoked'] })
  expect(await readStorage(first.page, 'hc.wallet')).toMatchObject({ replaced: false })

  // A host that does not name the bound phone (health-info without deviceHash): the second phone learns only
  // when it renews. A high-risk trip (from a third session) turns the status red, so it renews: DEVICE_REPLACED.
  await second.page.route('**/api/health-info', async (route) => {
    const response = await route.fetch()
    const body = await response.json()
    delete body.data?.deviceHash
    await route.fulfill({ response, json: body })
  })
  const token = await host.login(PHONE)
  await host.call('trip-declare', { trips: [{ region: '420106', from: chinaToday(-3), to: chinaToday() }] }, token)
  const refused = second.page.waitForResponse((r) => r.url().endsWith('/api/code-generate'))
  await second.page.reload()
  expect((await (await refused).json()).code).toBe(ReturnCode.DEVICE_REPLACED)
  await second.page.locator('#device-replaced').getByText(MOVED).waitFor()
  expect(await second.page.locator('#health-code').count()).toBe(0)

  // The phone that holds the code renews to red as usual.
  await first.page.reload()
  await first.page.locator('#health-code[data-status="red"]').waitFor({ timeout: 20_000 })
  const red = await readQr(first.page)
  expect(await verifyWithCli(host, red.text, red.at)).toMatchObject({ valid: true, claims: { status: 'red' } })
})
