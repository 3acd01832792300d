// e. A code revoked on the server (the citizen declares a trip to 武昌区 420106, high-risk in the demo
// data) is still green on a verifier holding the old lists, and is rejected with `revoked` once the
// verifier syncs: revocations reach the device through the signed lists, not through a lookup per scan.
import { browserSuite } from '../support/browser-suite'
import { scanWithCamera, signIn, textOf, waitForText } from '../support/staff-browser'
import { declareHighRiskTrip, makeCitizen } from '../support/verifier-fixtures'

const suite = browserSuite({ timeout: 180_000, camera: { width: 640, height: 480 } })

test('a code revoked on the server is rejected with "revoked" after the verifier syncs', async () => {
  const { host } = suite
  const citizen = await makeCitizen(host, '13955570001', '吴小军')
  suite.showOnCamera(citizen.qrAt(Date.now()))
  const { page } = await suite.newPage({ locale: 'zh-CN' })
  await signIn(page, host, '13800000003')
  await page.goto(`${host.url}/packages/staff/pages/scan/index`)
  await waitForText(page, '核验名单 0 分钟前更新')
  expect(await scanWithCamera(page, 'start-scan')).toBe('green')

  expect(await declareHighRiskTrip(host, citizen)).toBe('red')

  // Until the device syncs it decides with the lists it holds (offline-first): still green.
  expect(await scanWithCamera(page, 'scan-next')).toBe('green')

  const synced = page.waitForResponse((r) => r.url().endsWith('/api/trust-sync'))
  await page.click('#sync-trust')
  await synced
  await waitForText(page, '更新核验名单')
  expect(await scanWithCamera(page, 'scan-next')).toBe('rejected')
  expect(await page.locator('#reason-revoked').count()).toBe(1)
  expect(await textOf(page, '#reason-revoked')).toContain('码已被撤销')
  expect(await page.locator('#holder-name').count()).toBe(0)
})
