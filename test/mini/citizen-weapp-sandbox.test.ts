/**
 * @jest-environment node
 */
// The citizen's crypto and QR paths in dist/weapp with only WeChat's globals (no window, self,
// crypto, TextEncoder, Buffer): randomness comes from wx.getRandomValues alone, jsencrypt's OAEP
// padding draws from it (never Math.random), the device key is made from it, and the home page
// draws a QR that verifies. jsdom and miniprogram-simulate would hide a failure here.
import { constants, generateKeyPairSync, privateDecrypt, randomBytes } from 'node:crypto'
import path from 'node:path'
import vm from 'node:vm'
import { createIssuerKey, signerOf, trustEntryOf } from '@core/credential/issuer-key'
import { issueCredential } from '@core/credential/issue'
import { holderPseudonym } from '@core/credential/pseudonym'
import { verify } from '@core/credential/verify'
import { deviceKeyHash } from '@core/crypto/device-key'
import { fromBase64 } from '@core/encoding/bytes'
import { validIdNumber } from '../support/citizen'
import { dataUrlBytes, decodeQrPng } from '../support/png-qr'
import { createWeappSandbox, FORBIDDEN_GLOBALS } from '../support/weapp-sandbox'
import { openPage, until } from '../support/weapp-driver'

jest.setTimeout(30_000)

const DIST = path.resolve(__dirname, '../../dist/weapp')
const ID = validIdNumber('330106', '19920215', '518')
const account = { id: 'acc-9', roles: ['citizen'], region: '330100', phoneMasked: '139****0009' }
const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 })
const issuer = createIssuerKey('ES256', '330100', (n) => new Uint8Array(randomBytes(n)), Date.now() - 86400_000)
const green = { status: 'green', reason: 'no-risk', reasonText: { zh: '未发现风险', en: 'No risk found' }, rule: 'baseline@1', setAt: new Date().toISOString(), exit: null, earliestExitAt: null, exitText: null }

test('declare (ID number encrypted under wx randomness), bind a device key, show a QR that verifies', async () => {
  const calls: { name: string; data: any }[] = []
  const storage = new Map<string, unknown>([['hc.session', { token: 't', expiresAt: Date.now() + 3600_000, account }]])
  let randomRequests = 0
  let bound = false
  const answer = (name: string, data: any): unknown => {
    switch (name) {
      case 'health-info':
        return { consent: { version: 'v', accepted: true }, bound, holder: null, status: bound ? green : null, history: [], checkins: { today: false, consecutiveDays: 0 }, corrections: [], serverTime: Date.now() }
      case 'region-list':
        return { regions: !data.parent ? [{ code: '330000', name: '浙江省' }] : data.parent === '330000' ? [{ code: '330100', name: '杭州市' }] : [{ code: '330106', name: '西湖区' }] }
      case 'transport-key':
        return { algorithm: 'RSA-OAEP-256', publicKeyPem: rsa.publicKey.export({ type: 'spki', format: 'pem' }).toString() }
      case 'health-declare':
        bound = true
        return { declarationId: 'd1', status: green, changed: true, code: null }
      case 'code-generate': {
        const issued = issueCredential({
          holder: holderPseudonym(fromBase64(issuer.pseudonymKey), account.id), surname: '赵', idEnds: ID.slice(0, 2) + ID.slice(-2), status: 'green',
          deviceKeyHash: deviceKeyHash(fromBase64(data.devicePublicKey)), issuedAt: Math.floor(Date.now() / 60_000) * 60
        }, signerOf(issuer))
        return { credential: issued.text, issuedAt: issued.content.issuedAt, expiresAt: issued.content.expiresAt, status: 'green', serverTime: Date.now(), deviceChanged: true }
      }
      default:
        return {}
    }
  }
  const sb = createWeappSandbox(DIST, {
    getStorageSync: (k: string) => (storage.has(k) ? storage.get(k) : ''),
    setStorageSync: (k: string, v: unknown) => void storage.set(k, JSON.parse(JSON.stringify(v))),
    removeStorageSync: (k: string) => void storage.delete(k),
    // As WeChat's: asynchronous, an ArrayBuffer of the length asked for.
    getRandomValues: ({ length, success }: { length: number; success: (r: { randomValues: ArrayBuffer }) => void }) => {
      randomRequests++
      setTimeout(() => success({ randomValues: new Uint8Array(randomBytes(length)).buffer }), 1)
    },
    cloud: {
      init: () => undefined,
      callFunction: async ({ name, data }: { name: string; data: any }) => {
        calls.push({ name, data })
        await new Promise((r) => setTimeout(r, 1))
        return { errMsg: 'cloud.callFunction:ok', result: { code: 0, message: 'ok', data: answer(name, data) } }
      }
    },
    showToast: () => undefined,
    reLaunch: () => undefined,
    redirectTo: () => undefined,
    navigateTo: () => undefined
  })
  for (const name of FORBIDDEN_GLOBALS) expect([name, vm.runInContext(`typeof ${name}`, sb.context)]).toEqual([name, 'undefined'])

  sb.require('app')
  const app = sb.registered.find((r) => r.kind === 'App')!.options
  app.onLaunch.call(app, { path: 'pages/index/index', query: {}, scene: 1001 })
  app.onShow.call(app, { path: 'pages/index/index', query: {}, scene: 1001 })
  await until(() => randomRequests > 0, 'the random pool filling at launch')

  const declare = openPage(sb, 'packages/citizen/pages/declare/index')
  await until(() => declare.rendered().includes('证件号码'), 'the basic-information section')
  declare.input('name', '赵小红')
  declare.input('id-number', ID)
  declare.tap('household-open')
  await until(() => declare.rendered().includes('浙江省'), 'the province list')
  declare.tap('household-opt-330000') // 杭州市 and 西湖区 are single entries: stepped through
  await until(() => declare.rendered().includes('西湖区'), 'the chosen county')
  declare.input('address', '杭州市西湖区文三路 9 号')
  declare.input('temperature', '36.6')
  await until(() => declare.rendered().includes('"36.6"'), 'the typed temperature') // as a person would: tap after it shows

  // jsencrypt's padding must not fall back to Math.random.
  let mathRandom = 0
  sb.context.__countRandom = () => { mathRandom++ }
  vm.runInContext('(() => { const r = Math.random; Math.random = function () { __countRandom(); return r() } })()', sb.context)
  declare.tap('submit-declaration')

  const sent = await until(() => calls.find((c) => c.name === 'health-declare'), 'the declaration')
  expect(mathRandom).toBe(0)
  expect(JSON.stringify(sent.data)).not.toContain(ID)
  const plain = privateDecrypt({ key: rsa.privateKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' }, Buffer.from(sent.data.basic.idNumberEncrypted, 'base64'))
  expect(plain.toString()).toBe(ID)

  // The first declaration binds no phone yet: the app makes a device key and asks for a code.
  const generated = await until(() => calls.find((c) => c.name === 'code-generate'), 'code-generate')
  expect(fromBase64(generated.data.devicePublicKey)).toHaveLength(33)
  await until(() => (storage.get('hc.wallet') as any)?.credential, 'the stored credential')
  expect(JSON.stringify([...storage.values()])).not.toContain(ID)

  const home = openPage(sb, 'pages/index/index')
  const url = await until(() => home.rendered().match(/data:image\/png;base64,[A-Za-z0-9+/=]+/)?.[0], 'the QR image')
  const qr = decodeQrPng(dataUrlBytes(url))
  expect(verify(qr!, { issuers: [trustEntryOf(issuer)] }, Date.now())).toMatchObject({ valid: true, claims: { status: 'green', name: '赵*' } })
  expect(home.rendered()).toContain('绿码')
  expect(sb.consoleErrors).toEqual([])
  sb.dispose()
})
