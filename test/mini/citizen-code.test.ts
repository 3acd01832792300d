// The compiled WeChat home page showing a citizen's code, rendered by miniprogram-simulate from
// dist/weapp: the card reads the wallet from wx storage and draws a QR that a verifier accepts.
import '../support/jsdom-text-encoding'
import { verify } from '@core/credential/verify'
import { loadPage, waitFor, type CloudCall, type LoadedPage, templateKey } from './simulate'
import { issueFixture } from '../support/credential-fixture'
import { dataUrlBytes, decodeQrPng } from '../support/png-qr'

jest.setTimeout(30_000)

let page: LoadedPage | null = null
afterEach(() => {
  page?.detach()
  page = null
})

const account = { id: 'acc-1', roles: ['citizen'], region: '330100', phoneMasked: '139****0001' }
const session = { token: 't', expiresAt: Date.now() + 3600_000, account }

function redStatus() {
  return {
    status: 'red', reason: 'high-risk-area', reasonText: { zh: '14天内到过高风险地区', en: 'Visited a high-risk area' }, rule: 'high-risk-area@1',
    setAt: new Date().toISOString(), exit: { days: 14, checkins: 14, negativeTest: true }, earliestExitAt: new Date(Date.now() + 14 * 86400_000).toISOString(),
    exitText: { zh: '转绿条件：隔离满14天、连续打卡14天、核酸阴性', en: 'Turns green after 14 days' }
  }
}

/**
 * The src Taro gave an <Image>, from the page's render data (Taro's base.wxml binds image src to `p4`):
 * j-component drops the attributes of built-in tags it does not implement.
 */
/** The compiled template's data node of the element `uid` (Taro keeps each attribute under a short key). */
function imageNode(comp: any, uid: string): Record<string, unknown> | null {
  const walk = (n: any): any => {
    if (!n || typeof n !== 'object') return null
    if (n.uid === uid) return n
    for (const c of n.cn ?? []) {
      const hit = walk(c)
      if (hit) return hit
    }
    return null
  }
  return walk(comp.instance.data.root)
}

function imageSrc(comp: any, uid: string): string | null {
  const walk = (n: any): string | null => {
    if (!n || typeof n !== 'object') return null
    if (n.uid === uid && typeof n[templateKey('image', 'src')] === 'string') return n[templateKey('image', 'src')]
    for (const c of n.cn ?? []) {
      const hit = walk(c)
      if (hit) return hit
    }
    return null
  }
  return walk(comp.instance.data.root)
}

/** The host as the page sees it: health-info agrees with the stored code, so nothing is renewed. */
function host(status: ReturnType<typeof redStatus>) {
  return ({ name }: CloudCall) => {
    if (name === 'health-info') {
      return { code: 0, message: 'ok', data: { consent: { version: 'v', accepted: true }, bound: true, holder: null, status, history: [], checkins: { today: false, consecutiveDays: 0 }, corrections: [], serverTime: Date.now() } }
    }
    if (name === 'region-list') return { code: 0, message: 'ok', data: { regions: [{ code: '330100', name: '杭州市' }] } }
    return { code: 0, message: 'ok', data: { account } }
  }
}

test('draws the stored red code with colour, icon, words, masked identity, reason and exit condition', async () => {
  const f = issueFixture({ status: 'red' })
  const wallet = { accountId: account.id, deviceKey: f.devicePrivateKeyBase64, credential: { credential: f.credential, issuedAt: f.issuedAt, expiresAt: f.expiresAt }, status: redStatus(), regionNames: {} }
  page = await loadPage('pages/index/index', { storage: { 'hc.session': session, 'hc.wallet': wallet }, cloud: host(redStatus()) })
  const text = await waitFor(() => page!.text().includes('红码') && page!.text().includes('杭州市') && page!.text(), 10_000, 'the code card')
  for (const s of ['✕', '红码', '王*', '33**************36', '杭州市（330100）', '秒后刷新', '14天内到过高风险地区', '转绿条件：隔离满14天']) expect(text).toContain(s)

  const src = await waitFor(() => imageSrc(page!.comp, 'code-qr'), 10_000, 'the QR image')
  expect(src).toMatch(/^data:image\/png;base64,/)
  // The platform's screen reader says what the image is, not what it holds.
  expect(imageNode(page!.comp, 'code-qr')).toEqual(expect.objectContaining({ [templateKey('image', 'aria-label')]: '健康码二维码，请出示给核验人员扫描' }))
  const qr = decodeQrPng(dataUrlBytes(src))
  expect(qr).toMatch(/^HZ1:/)
  // What a verifier at the door concludes from it.
  expect(verify(qr!, f.trustList, Date.now())).toMatchObject({ valid: true, claims: { status: 'red', name: '王*' } })
  // A presentation signed by the stored device key, not the bare credential (which would be refused).
  expect(qr).not.toBe(f.credential)
})

test('English, when chosen', async () => {
  const f = issueFixture({ status: 'green' })
  const wallet = { accountId: account.id, deviceKey: f.devicePrivateKeyBase64, credential: { credential: f.credential, issuedAt: f.issuedAt, expiresAt: f.expiresAt }, status: null, regionNames: { '330100': '杭州市' } }
  page = await loadPage('pages/index/index', { storage: { 'hc.session': session, 'hc.wallet': wallet, 'hc.lang': 'en' }, cloud: () => ({ code: 59901, message: 'offline' }) })
  const text = await waitFor(() => page!.text().includes('Green') && page!.text(), 10_000, 'the English card')
  expect(text).toContain('✓')
  expect(text).toContain('Refreshes in')
})

test('a phone that never declared is sent to the privacy notice first', async () => {
  page = await loadPage('pages/index/index', {
    storage: { 'hc.session': session },
    cloud: ({ name }) => (name === 'health-info'
      ? { code: 0, message: 'ok', data: { consent: { version: 'v', accepted: false }, bound: false, holder: null, status: null, history: [], checkins: { today: false, consecutiveDays: 0 }, corrections: [], serverTime: Date.now() } }
      : { code: 0, message: 'ok', data: { account } })
  })
  await waitFor(() => page!.text().includes('个人信息保护告知'), 10_000, 'the consent prompt')
  expect(page.calls.map((c) => c.name)).not.toContain('code-generate')
})
