// The verifier's path on H5 in real Chromium, camera included: the fake camera plays the citizen's QR
// (as the citizen's phone draws it), the page decodes it with jsQR and decides on the device.
//   a. a live code → green, masked name and ID;
//   b. the same QR replayed 2 minutes later (the verifier's clock moved on) → stale-presentation.
import { browserSuite } from '../support/browser-suite'
import { scanWithCamera, signIn, textOf, waitForText } from '../support/staff-browser'
import { validIdNumber } from '../support/citizen'
import { makeCitizen } from '../support/verifier-fixtures'

const suite = browserSuite({ timeout: 180_000, camera: { width: 640, height: 480 } })

test('a live code scanned through the camera is green with the masked name and ID; replayed 2 minutes later it is stale', async () => {
  const { host } = suite
  const id = validIdNumber('330106', '19880512', '001')
  const citizen = await makeCitizen(host, '13955550001', '钱小红', id)
  // The QR as the citizen's phone shows it now: the video replays exactly this frame.
  suite.showOnCamera(citizen.qrAt(Date.now()))
  const { page } = await suite.newPage({ locale: 'zh-CN' })
  await page.clock.install()
  await signIn(page, host, '13800000003')
  await page.goto(`${host.url}/packages/staff/pages/scan/index`)
  await waitForText(page, '核验名单 0 分钟前更新')

  expect(await scanWithCamera(page, 'start-scan')).toBe('green')
  expect(await textOf(page, '#verdict')).toBe('绿码 · 可通行')
  expect(await textOf(page, '#holder-name')).toBe('钱*')
  expect(await textOf(page, '#holder-id')).toBe(`33**************${id.slice(-2)}`)

  // Two minutes pass on the verifier's phone; the camera still shows the same (now old) picture.
  await page.clock.setSystemTime(Date.now() + 120_000)
  expect(await scanWithCamera(page, 'scan-next')).toBe('rejected')
  expect(await page.locator('#reason-stale-presentation').count()).toBe(1)
  expect(await textOf(page, '#reason-stale-presentation')).toContain('二维码已失效')
  expect(await page.locator('#holder-name').count()).toBe(0)
})
