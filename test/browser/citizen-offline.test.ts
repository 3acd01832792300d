// Xi'an 2022: showing a code must not need the server. With the network cut (no reload), the code page
// keeps showing the code and keeps redrawing it every 20 s from the phone's own credential and device
// key; after the next failed poll it says it is offline. Each redrawn QR still verifies. A host too busy
// to answer (50302) is retried by the app while the page says so, and the code stays on screen throughout.
import { PRESENTATION_REFRESH_S } from '@core/credential/format'
import { ReturnCode } from '@core/api/return-codes'
import { returnMessage } from '@core/api/messages'
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

test('with the host too busy, the code stays on screen while the page says it is retrying, then stops saying it', async () => {
  const { host } = suite
  const { page, context } = phone
  await context.setOffline(false)
  // The host answers every health-info as a host past MAX_IN_FLIGHT does (load-shedding.test.ts proves that answer).
  let asked = 0
  await page.route('**/api/health-info', (route) => {
    asked++
    return route.fulfill({
      status: 503, headers: { 'content-type': 'application/json; charset=utf-8', 'retry-after': '1' },
      body: JSON.stringify({ code: ReturnCode.BUSY, error: 'busy', message: returnMessage(ReturnCode.BUSY), retryAfter: 1 })
    })
  })
  try {
    const before = (await readQr(page)).text
    await page.clock.fastForward(STATUS_POLL_MS)
    const status = page.locator('#busy-status[role="status"][aria-live="polite"]')
    await status.getByText('服务繁忙，正在重试…').waitFor()
    // The jump leaves the QR on screen older than a presentation may be until the next second's redraw.
    const shown = await readNextQr(page, before)
    expect(await verifyWithCli(host, shown.text, shown.at)).toMatchObject({ valid: true, reasons: [] })
    // Past the retries' waits (at most 1.25 + 1.5 + 2 s): four asks in all, then the status is quiet again.
    await page.clock.runFor(5_000)
    await page.waitForFunction(() => document.querySelector('#busy-status')?.textContent === '')
    expect(asked).toBe(4)
    await page.locator('#health-code[data-status="green"]').waitFor()
  } finally {
    await page.unroute('**/api/health-info')
  }
})
