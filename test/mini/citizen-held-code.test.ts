// The compiled WeChat page that shows a relative's code on this phone (代领亮码), under miniprogram-simulate:
// drawn from `hc.proxy` with the grant's own device key, refreshed through grant-code over wx.cloud, and
// deleted, with nothing of the person left on screen, when the host answers that the grant is gone (40301).
import '../support/jsdom-text-encoding'
import { verify } from '@core/credential/verify'
import { devicePublicKey } from '@core/crypto/device-key'
import { toBase64 } from '@core/encoding/bytes'
import { loadPage, waitFor, type CloudCall, type LoadedPage, templateKey } from './simulate'
import { issueFixture } from '../support/credential-fixture'
import { dataUrlBytes, decodeQrPng } from '../support/png-qr'

jest.setTimeout(30_000)

let page: LoadedPage | null = null
afterEach(() => {
  page?.detach()
  page = null
})

const ROUTE = 'packages/citizen/pages/held/index'
const account = { id: 'grandson', roles: ['citizen'], region: '330100', phoneMasked: '139****0041' }
const session = { token: 't', expiresAt: Date.now() + 3600_000, account }
const f = issueFixture({ surname: '张' })
const code = { credential: f.credential, issuedAt: f.issuedAt, expiresAt: f.expiresAt }
const held = {
  accountId: account.id,
  grants: { g1: { grantId: 'g1', scope: 'hold', holder: { name: '张*', phone: '139****0042' }, purpose: '陪同就医', expiresGrantAt: Date.now() + 30 * 86400_000, deviceKey: f.devicePrivateKeyBase64, credential: code, status: null, syncedAt: null } }
}
const g = globalThis as any

/** The image src from the page's render data (j-component drops <image src>; Taro binds it to a short key). */
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

test('draws the grandmother’s code with the grant’s own key, says whose it is, and renews it with that key', async () => {
  page = await loadPage(ROUTE, {
    query: { grantId: 'g1' },
    storage: { 'hc.session': session, 'hc.proxy': held },
    cloud: ({ name }: CloudCall) => (name === 'grant-code'
      ? { code: 0, message: 'ok', data: { ...code, status: 'green', serverTime: Date.now(), expiresGrantAt: held.grants.g1.expiresGrantAt } }
      : { code: 0, message: 'ok', data: { account } })
  })
  const text = await waitFor(() => page!.text().includes('绿码') && page!.text(), 10_000, 'the held code')
  for (const s of ['代 张* · 139****0042 出示', '用途：陪同就医', '✓', '绿码', '张*', '秒后刷新']) expect(text).toContain(s)
  const qr = decodeQrPng(dataUrlBytes(await waitFor(() => imageSrc(page!.comp, 'code-qr'), 10_000, 'the QR image')))
  expect(verify(qr!, f.trustList, Date.now())).toMatchObject({ valid: true, claims: { status: 'green', name: '张*' } })
  const sync = await waitFor(() => page!.calls.find((c) => c.name === 'grant-code'), 10_000, 'grant-code')
  expect(sync.data).toEqual({ grantId: 'g1', devicePublicKey: toBase64(devicePublicKey(f.devicePrivateKey)) })
})

test('a grant that ended (40301) is deleted from the phone and nothing of her is shown', async () => {
  page = await loadPage(ROUTE, {
    query: { grantId: 'g1' },
    storage: { 'hc.session': session, 'hc.proxy': held },
    cloud: ({ name }: CloudCall) => (name === 'grant-code' ? { code: 40301, error: 'forbidden', message: 'no live grant' } : { code: 0, message: 'ok', data: { account } })
  })
  await waitFor(() => page!.text().includes('该授权已结束，本机保存的代领码已删除'), 10_000, 'the grant-gone message')
  expect(page.text()).not.toContain('张*')
  expect(imageSrc(page.comp, 'code-qr')).toBeNull()
  expect(g.wx.getStorageSync('hc.proxy').grants).toEqual({})
})
