// Xi'an 2022: showing a code must not need the server. With the network cut (no reload), the code page
// keeps showing the code and keeps redrawing it every 20 s from the phone's own credential and device
// key; after the next failed poll it says it is offline. Each redrawn QR still verifies.
import type { Browser } from 'playwright-core'
import { PRESENTATION_REFRESH_S } from '@core/credential/format'
import { STATUS_POLL_MS } from '@core/client/renewal'
import { launchChromium } from '../support/chromium'
import { readNextQr, readQr, startCitizenHost, verifyWithCli } from '../support/citizen-browser'
import { declaredCitizen, type DeclaredPhone } from '../support/citizen-journey'
import type { RunningHost } from '../support/host'

jest.setTimeout(150_000)

let host: RunningHost
let browser: Browser
let phone: DeclaredPhone

beforeAll(async () => {
  host = await startCitizenHost()
  browser = await launchChromium()
  // page.clock is installed before the app loads, so its timers can be fast-forwarded later.
  phone = await declaredCitizen(browser, host, '13955550004', { beforeLoad: (page) => page.clock.install() })
})
afterAll(async () => {
  await browser?.close()
  await host?.stop()
})

test('offline, the code still shows, keeps refreshing, and each drawing verifies', async () => {
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
