// "Use on this phone" (40905): a second phone takes the code (its new key binds it); the first phone's
// next renewal is refused with device_replaced, so it says so and shows no code instead of a revoked one;
// "在本机使用" binds it back, and the second phone's code is then revoked.
import type { Browser } from 'playwright-core'
import { launchChromium } from '../support/chromium'
import { newPhone, readQr, signIn, startCitizenHost, verifyWithCli } from '../support/citizen-browser'
import { declaredCitizen, type DeclaredPhone } from '../support/citizen-journey'
import type { RunningHost } from '../support/host'
import { chinaToday } from '../support/citizen'
import { readStorage } from '../support/staff-browser'

jest.setTimeout(180_000)

const PHONE = '13955550051'
let host: RunningHost
let browser: Browser
let first: DeclaredPhone

beforeAll(async () => {
  host = await startCitizenHost()
  browser = await launchChromium()
  first = await declaredCitizen(browser, host, PHONE)
})
afterAll(async () => {
  await browser?.close()
  await host?.stop()
})

test('the replaced phone says so instead of showing its revoked code, and "use on this phone" moves the code back', async () => {
  const second = await newPhone(browser)
  await signIn(second.page, host, PHONE)
  await second.page.locator('#health-code[data-status="green"]').waitFor({ timeout: 20_000 })

  // A high-risk trip (declared from a third session) turns the status red: every phone renews at its next sync.
  const token = await host.login(PHONE)
  const trip = await host.call('trip-declare', { trips: [{ region: '420106', from: chinaToday(-3), to: chinaToday() }] }, token)
  expect(trip.body.data.status.status).toBe('red')
  await second.page.reload()
  await second.page.locator('#health-code[data-status="red"]').waitFor({ timeout: 20_000 })
  const onSecond = await readQr(second.page)
  expect(await verifyWithCli(host, onSecond.text, onSecond.at)).toMatchObject({ valid: true, claims: { status: 'red' } })

  // The first phone renews without `bind` and is refused (40905): the host's message, no code.
  const refused = first.page.waitForResponse((r) => r.url().endsWith('/api/code-generate'))
  await first.page.reload()
  expect((await (await refused).json()).code).toBe(40905)
  await first.page.locator('#device-replaced').getByText('您的健康码已在另一部手机上使用，本机的码已失效').waitFor()
  expect(await first.page.locator('#health-code').count()).toBe(0)
  expect(await readStorage(first.page, 'hc.wallet')).toMatchObject({ replaced: true, credential: null })

  // "在本机使用": an explicit bind; this phone shows the red code and the second phone's is revoked.
  await first.page.click('#use-here')
  await first.page.locator('#health-code[data-status="red"]').waitFor({ timeout: 20_000 })
  const back = await readQr(first.page)
  expect(await verifyWithCli(host, back.text, back.at)).toMatchObject({ valid: true, claims: { status: 'red' } })
  expect(await verifyWithCli(host, onSecond.text, onSecond.at)).toMatchObject({ valid: false, reasons: ['revoked'] })
  expect(await readStorage(first.page, 'hc.wallet')).toMatchObject({ replaced: false })
  await second.context.close()
})
