// Xi'an 2022: showing a code must not need the server. With the network cut (no reload), the code page
// keeps showing the code and keeps redrawing it every 20 s from the phone's own credential and device
// key; after the next failed poll it says it is offline. Each redrawn QR still verifies.
import { PRESENTATION_REFRESH_S } from '@core/credential/format'
import { STATUS_POLL_MS } from '@core/client/renewal'
import { browserSuite } from '../support/browser-suite'
import { readNextQr, readQr, verifyWithCli } from '../support/citizen-browser'
import { declaredCitizen, type DeclaredPhone } from '../support/citizen-journey'

const suite = browserSuite({ timeout: 150_000 })
let phone: DeclaredPhone

beforeAll(async () => {
  // page.clock is installed before the app loads, so its timers can be fast-forwarded later.
  phone = await declaredCitizen(suite.browser, suite.host, '13955550004', { beforeLoad: (page) => page.clock.install() })
})

test('offline, the code still shows, keeps refreshing, and each drawing verifies', async () => {
  const { host } = suite
  const { page, context } = phone
  const online = await readQr(page)
  const apiCalls: string[] = []
  page.on('request', (r) => r.url().includes('/api/') && apiCalls.push(r.url()))
  await context.setOffline(true)

  await page.clock.fastForward((PRESENTATION_REFRESH_S + 1) * 1000)
  const redrawn = await readNextQr(page, online.text)
  expect(redrawn.at - online.at).toBeGreaterThanOrEqual(PRESENTATION_REFRESH_S * 1000)
  expect(await verifyWithCli(host, redrawn.text, redrawn.at)).toMatchObject({ valid: true, reasons: [] })

  // Past the next poll: health-info fails, the page says it is offline, and the code goes on.
  await page.clock.fastForward(STATUS_POLL_MS)
  await page.locator('#health-code').getByText('离线：二维码照常刷新').waitFor()
  const later = await readNextQr(page, redrawn.text)
  expect(await verifyWithCli(host, later.text, later.at)).toMatchObject({ valid: true, reasons: [] })
  await page.locator('#health-code[data-status="green"]').waitFor()
  expect(apiCalls.length).toBeGreaterThan(0) // it did try, and failed, without losing the code
})
