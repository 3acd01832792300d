// Taro's H5 router, as patched in patches/@tarojs+router: a browser Back pressed while a page is still
// coming in (its code loading, its enter animation running) must leave the page one returns to on screen.
// Unpatched, the late push or the hide timer of the animation hid it until the next navigation.
import { browserSuite } from '../support/browser-suite'
import { declaredCitizen, type DeclaredPhone } from '../support/citizen-journey'

const suite = browserSuite({ timeout: 120_000 })
let phone: DeclaredPhone

beforeAll(async () => {
  // The page's clock is installed before the app loads, so the router's own timers (the enter animation,
  // the hiding of the page below) can be run forward instead of waited for.
  // No service worker: page code must come from the network, which a test slows down.
  phone = await declaredCitizen(suite.browser, suite.host, '13955550091', { beforeLoad: (page) => page.clock.install(), serviceWorkers: 'block' })
})

/** No page code on its way: webpack removes a chunk's <script> once it has run. */
const chunksLoaded = () => !document.querySelector('script[data-webpack]')

/** Opens `link`, presses Back at once, and then (`arrive`) lets page code that was held back arrive. */
async function backAtOnce(link: string, arrive?: () => void) {
  const { page } = phone
  await page.click(link)
  await page.waitForURL((u) => u.pathname.includes('/packages/citizen/'))
  await page.goBack()
  await page.waitForURL((u) => u.pathname.endsWith('/pages/index/index'))
  arrive?.()
  // Past any late page load and the enter animation: the home page must still be the one on screen.
  await page.waitForFunction(chunksLoaded)
  await page.clock.runFor(1_000)
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
  // A slow network: every script fetched from now on (the sub-package pages) arrives only after the Back.
  let held: Promise<void> = Promise.resolve()
  await page.route('**/*.js', async (route) => {
    await held
    await route.continue()
  })
  try {
    for (const link of ['#go-history', '#go-access']) {
      let arrive = () => undefined as void
      held = new Promise<void>((r) => { arrive = r })
      await backAtOnce(link, arrive)
    }
  } finally {
    await page.unroute('**/*.js')
  }
})
