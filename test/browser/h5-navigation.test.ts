// Taro's H5 router, as patched in patches/@tarojs+router: a browser Back pressed while a page is still
// coming in (its code loading, its enter animation running) must leave the page one returns to on screen.
// Unpatched, the late push or the hide timer of the animation hid it until the next navigation.
import type { Browser } from 'playwright-core'
import { launchChromium } from '../support/chromium'
import { startCitizenHost } from '../support/citizen-browser'
import { declaredCitizen, type DeclaredPhone } from '../support/citizen-journey'
import type { RunningHost } from '../support/host'

jest.setTimeout(120_000)

let host: RunningHost
let browser: Browser
let phone: DeclaredPhone

beforeAll(async () => {
  host = await startCitizenHost()
  browser = await launchChromium()
  phone = await declaredCitizen(browser, host, '13955550091')
})
afterAll(async () => {
  await browser?.close()
  await host?.stop()
})

async function backAtOnce(link: string) {
  const { page } = phone
  await page.click(link)
  await page.waitForURL((u) => u.pathname.includes('/packages/citizen/'))
  await page.goBack()
  await page.waitForURL((u) => u.pathname.endsWith('/pages/index/index'))
  // Past the enter animation and any late page load: the home page must still be the one on screen.
  await page.waitForTimeout(1_000)
  await page.locator('#health-code').waitFor({ state: 'visible', timeout: 5_000 })
  await page.locator(link).waitFor({ state: 'visible', timeout: 5_000 })
}

test('Back pressed during the enter animation shows the home page again', async () => {
  await phone.page.locator('#health-code').waitFor()
  for (const link of ['#go-history', '#go-notices', '#go-access']) await backAtOnce(link)
})

test('Back pressed while the page’s code is still loading shows the home page again', async () => {
  const { page } = phone
  await page.reload()
  await page.locator('#health-code').waitFor()
  // A slow network: every script fetched from now on (the sub-package pages) arrives late.
  await page.route('**/*.js', async (route) => {
    await new Promise((r) => setTimeout(r, 600))
    await route.continue()
  })
  try {
    for (const link of ['#go-history', '#go-access']) await backAtOnce(link)
  } finally {
    await page.unroute('**/*.js')
  }
})
