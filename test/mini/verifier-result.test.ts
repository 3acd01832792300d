// The compiled WeChat scan page under miniprogram-simulate: wx.scanCode hands over the QR text, the
// page decides on the device with the stored trust list and renders the result screen; the scan is
// queued and uploaded through wx.cloud with its idempotency key, never with an account or point.
import '../support/jsdom-text-encoding'
import { presentCredential } from '@core/credential/present'
import { issueFixture } from '../support/credential-fixture'
import { verifierCloud, VERIFIER_ACCOUNT } from './verifier-cloud'
import { loadPage, tap, waitFor, type LoadedPage, templateKey } from './simulate'

jest.setTimeout(30_000)

const g = globalThis as any
const fx = issueFixture({ status: 'green', surname: '孙', idEnds: '3307' })
const trustList = () => ({ ...fx.trustList, maxAgeSeconds: 86400, syncSeconds: 300 })

const host = verifierCloud(trustList)

const storage = (extra: Record<string, unknown> = {}) => ({
  'hc.session': { token: 't', expiresAt: Date.now() + 3600_000, account: VERIFIER_ACCOUNT },
  'hc.trust': { ...trustList(), syncedAt: new Date().toISOString() },
  ...extra
})

let page: LoadedPage | null = null
afterEach(() => {
  page?.detach()
  page = null
})

/** wx.scanCode must exist before app.js loads: Taro wraps the wx APIs it finds at launch. */
function cameraShows(text: string) {
  g.wx = g.wx ?? {}
  g.wx.scanCode = (o: { success?: (r: unknown) => void }) => setTimeout(() => o.success?.({ errMsg: 'scanCode:ok', result: text, scanType: 'QR_CODE' }), 0)
}

test('a live code scanned with wx.scanCode shows green with the masked name and ID, and the scan is uploaded', async () => {
  cameraShows(presentCredential(fx.credential, fx.devicePrivateKey, Date.now() / 1000))
  page = await loadPage('packages/staff/pages/scan/index', { cloud: host, storage: storage() })
  await waitFor(() => page!.text().includes('开始上岗'), 5000, 'start shift button')
  tap(page.comp, 'start-scan')
  const text = await waitFor(() => page!.text().includes('绿码 · 可通行') && page!.text(), 5000, 'green result')
  expect(text).toContain('✓')
  expect(text).toContain('孙*')
  expect(text).toContain('33**************07')
  expect(text).toContain('请与身份证比对')
  // WeChat's screen reader says the verdict as one alert (aria-role / aria-label in the compiled template).
  // (miniprogram-simulate draws no attributes, so the page's data is read: the node whose values hold both.)
  const nodes: Record<string, unknown>[] = []
  const walk = (n: any): void => { if (n && typeof n === 'object') { nodes.push(n); (n.cn ?? []).forEach(walk) } }
  walk(page.comp.instance.data.root)
  const key = (attr: string) => templateKey('view', attr)
  const banner = nodes.find((n) => n[key('aria-role')] === 'alert')
  expect(banner?.[key('aria-label')]).toContain('绿码')
  const upload = await waitFor(() => page!.calls.find((c) => c.name === 'scan-record'), 5000, 'scan-record call')
  const [scan] = upload.data.scans as Record<string, unknown>[]
  expect(scan).toMatchObject({ valid: true, status: 'green', updateNeeded: false, kind: 'healthcode', holderRegion: '330100' })
  expect(scan.idempotencyKey).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  expect(Object.keys(upload.data)).toEqual(['scans'])
  expect(scan).not.toHaveProperty('accountId')
  await waitFor(() => page!.text().includes('扫码记录已全部上传'), 5000, 'queue emptied')
})

test('a screenshot two minutes old is rejected with the reason in words and no health details', async () => {
  cameraShows(presentCredential(fx.credential, fx.devicePrivateKey, Date.now() / 1000 - 120))
  page = await loadPage('packages/staff/pages/scan/index', { cloud: host, storage: storage() })
  await waitFor(() => page!.text().includes('开始上岗'), 5000, 'start shift button')
  tap(page.comp, 'start-scan')
  const text = await waitFor(() => page!.text().includes('无效码') && page!.text(), 5000, 'rejected result')
  expect(text).toContain('⊘')
  expect(text).toContain('二维码已失效')
  expect(text).not.toContain('孙*')
  expect(text).not.toContain('核酸检测有效至')
  expect(text).not.toContain('疫苗')
})

test('in English when saved as the language, offline with a stale list: cannot verify, update needed', async () => {
  cameraShows(presentCredential(fx.credential, fx.devicePrivateKey, Date.now() / 1000))
  const offline = () => Promise.reject(new Error('network down'))
  const old = { ...trustList(), syncedAt: new Date(Date.now() - 25 * 3600_000).toISOString() }
  page = await loadPage('packages/staff/pages/scan/index', { cloud: offline, storage: storage({ 'hc.lang': 'en', 'hc.trust': old }) })
  await waitFor(() => page!.text().includes('Start shift'), 5000, 'start shift button')
  tap(page.comp, 'start-scan')
  const text = await waitFor(() => page!.text().includes('Cannot verify: update needed') && page!.text(), 5000, 'update needed')
  expect(text).not.toContain('Green')
  expect(text).toContain('1 scans waiting to upload')
})
