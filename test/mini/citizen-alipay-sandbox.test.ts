/**
 * @jest-environment node
 */
// The citizen's path in the compiled Alipay build (dist/alipay), in a sandbox with Alipay's globals
// only: no `crypto`, no `wx`, no `my.getRandomValues`, no window/self/TextEncoder/Buffer (a bare navigator). `my` is a
// stand-in answering as Alipay documents (test/support/alipay-my.ts); its my.request reaches the real
// host (test/support/host.ts). Randomness therefore comes from the fallback generator alone: the host's
// `random-seed` mixed with the phone's sensors, timings and system information (src/services/random-fallback.ts).
// Proven here: a declaration's ID number leaves encrypted (the host decrypts it and binds the identity),
// a device key is made and bound, the home page draws a code that `healthcode verify` accepts, online and
// offline, a colour change renews the code with the same key, the seed never reaches the host's log, and
// Math.random is never called once the app has loaded.
import { execFileSync } from 'node:child_process'
import { constants, privateDecrypt } from 'node:crypto'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import vm from 'node:vm'
import { fromBase64 } from '@core/encoding/bytes'
import { alipayStandIn } from '../support/alipay-my'
import { ALIPAY_ABSENT_GLOBALS, createAlipaySandbox } from '../support/alipay-sandbox'
import { basicInfo, chinaToday, declaration, validIdNumber } from '../support/citizen'
import { startHost, type RunningHost } from '../support/host'
import { recordIdentifier } from '../support/identifiers'
import { dataUrlBytes, decodeQrPng } from '../support/png-qr'
import { openPage, until } from '../support/weapp-driver'

jest.setTimeout(120_000)

const root = path.resolve(__dirname, '../..')
const DIST = path.join(root, 'dist/alipay')
const PHONE = '13955550017'
const ID = validIdNumber('330106', '19880412', '273')

let host: RunningHost
beforeAll(async () => {
  host = await startHost()
})
afterAll(async () => {
  await host?.stop()
})

/** Signs in through the host's one-time code, as the login page would, and accepts the privacy notice. */
async function signedInSession() {
  expect((await host.call('auth-otp-request', { phone: PHONE })).body.code).toBe(0)
  const verified = await host.call('auth-otp-verify', { phone: PHONE, code: host.latestOtp(PHONE.slice(-4)) })
  const session = verified.body.data
  const consent = await host.call('consent-status', {}, session.token)
  expect((await host.call('consent-accept', { version: consent.body.data.version }, session.token)).body.code).toBe(0)
  return session
}

/** `healthcode verify` on a scanned text, against the host's published trust list. */
function cliVerify(text: string): { valid: boolean; claims: Record<string, unknown> | null; reasons: string[] } {
  const dir = mkdtempSync(path.join(tmpdir(), 'hc-alipay-'))
  writeFileSync(path.join(dir, 'qr.txt'), text)
  writeFileSync(path.join(dir, 'trust.json'), JSON.stringify(trust))
  try {
    return JSON.parse(execFileSync(process.execPath, [path.join(root, 'bin', 'healthcode.js'), 'verify', '--trust', path.join(dir, 'trust.json'), '--in', path.join(dir, 'qr.txt')], { encoding: 'utf8' }))
  } catch (e) {
    const out = (e as { stdout?: string }).stdout
    if (out) return JSON.parse(out)
    throw e
  }
}
let trust: unknown

test('Alipay without a CSPRNG: declare, bind a device key, show a code that verifies online and offline, renew', async () => {
  const session = await signedInSession()
  const alipay = alipayStandIn({ hostUrl: host.url })
  alipay.storage.set('hc.session', session)
  const sb = createAlipaySandbox(DIST, alipay.my)
  try {
    await citizenPath(alipay, sb)
  } finally {
    sb.dispose()
    alipay.dispose()
  }
})

async function citizenPath(alipay: ReturnType<typeof alipayStandIn>, sb: ReturnType<typeof createAlipaySandbox>): Promise<void> {
  const session = alipay.storage.get('hc.session') as { token: string }
  const driven = { ...sb, wxReads: sb.myReads } // weapp-driver's openPage reads `registered` and `require` only

  // What Alipay's engine has, and nothing more: no platform or global CSPRNG anywhere.
  for (const name of ALIPAY_ABSENT_GLOBALS) expect([name, vm.runInContext(`typeof ${name}`, sb.context)]).toEqual([name, 'undefined'])
  expect(vm.runInContext('typeof my.getRandomValues', sb.context)).toBe('undefined')

  // Every Math.random call, with the files on its stack (read without the engine's own formatting).
  const randomCalls: string[][] = []
  sb.context.__noteRandom = (files: string[]) => void randomCalls.push(files)
  vm.runInContext(`(() => {
    const real = Math.random
    Math.random = function () {
      const prepare = Error.prepareStackTrace
      Error.prepareStackTrace = (_e, frames) => frames.map(f => f.getFileName())
      const files = new Error().stack
      Error.prepareStackTrace = prepare
      __noteRandom(Array.isArray(files) ? files : [String(files)])
      return real()
    }
  })()`, sb.context)

  sb.require('app')
  // React's reconciler names its internal keys with Math.random once, when taro.js is first evaluated:
  // not randomness anything here depends on. Nothing may call it from now on.
  expect(randomCalls.every((files) => files.some((f) => f.endsWith(path.join('dist', 'alipay', 'taro.js'))))).toBe(true)
  // The spy is live in the sandbox's realm (a canary call, then discounted).
  vm.runInContext('Math.random()', sb.context)
  const loadCalls = randomCalls.length
  expect(loadCalls).toBeGreaterThanOrEqual(1)
  const app = sb.registered.find((r) => r.kind === 'App')!.options
  app.onLaunch.call(app, { path: 'pages/index/index', query: {}, scene: 1001 })
  app.onShow.call(app, { path: 'pages/index/index', query: {}, scene: 1001 })
  // warmRandom() starts a sensor burst at launch; nothing is fetched until randomness is needed.
  await until(() => alipay.calls.includes('onAccelerometerChange'), 'the sensors listening at launch')
  expect(alipay.requests.filter((r) => r.name === 'random-seed')).toHaveLength(0)

  // The declaration, typed as a person would.
  const declare = openPage(driven, 'packages/citizen/pages/declare/index')
  await until(() => declare.rendered().includes('证件号码'), 'the basic-information section')
  declare.input('name', '钱小红')
  declare.input('id-number', ID)
  declare.tap('household-open')
  await until(() => declare.rendered().includes('浙江省'), 'the province list')
  declare.tap('household-opt-330000')
  await until(() => declare.rendered().includes('household-opt-330100'), 'the prefectures of Zhejiang (the host\'s region-list)')
  declare.tap('household-opt-330100')
  await until(() => declare.rendered().includes('household-opt-330106'), 'the counties of Hangzhou')
  declare.tap('household-opt-330106')
  await until(() => declare.rendered().includes('西湖区'), 'the chosen county')
  declare.input('address', '杭州市西湖区文三路 17 号')
  declare.input('temperature', '36.5')
  await until(() => declare.rendered().includes('"36.5"'), 'the typed temperature')
  declare.tap('submit-declaration')

  const sent = await until(() => alipay.requests.find((r) => r.name === 'health-declare' && r.status), 'the declaration answered', 30_000)
  expect(sent.response).toMatchObject({ code: 0, data: { status: { status: 'green' } } })
  // The ID number never left in clear; what left decrypts, with the host's transport key, to it.
  expect(JSON.stringify(sent.body)).not.toContain(ID)
  const transportKey = readFileSync(path.join(host.dataDir, 'keys', 'transport.pem'), 'utf8')
  const plain = privateDecrypt({ key: transportKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' }, Buffer.from(sent.body.basic.idNumberEncrypted, 'base64'))
  expect(plain.toString()).toBe(ID)
  // …and the host decrypted it itself: the identity is bound, masked as the host shows it.
  const info = await host.call('health-info', {}, session.token)
  expect(info.body.data).toMatchObject({ bound: true, holder: { name: '钱*', id: expect.stringMatching(new RegExp(`${ID.slice(-2)}$`)) } })

  // The randomness came from the host's seed mixed with this phone's entropy.
  const seeds = alipay.requests.filter((r) => r.name === 'random-seed')
  expect(seeds.length).toBeGreaterThanOrEqual(1)
  for (const s of seeds) {
    expect(s.response.code).toBe(0)
    expect(fromBase64(s.response.data.seed)).toHaveLength(32)
    recordIdentifier(s.response.data.seed) // npm test's log check then proves no log holds it
  }
  expect(seeds[0].body).toEqual({})
  // Seeded before the ID number was encrypted: the padding came from the generator.
  expect(alipay.requests.indexOf(seeds[0])).toBeLessThan(alipay.requests.indexOf(sent))
  expect(alipay.calls).toEqual(expect.arrayContaining(['getSystemInfoSync', 'getSystemInfo', 'getNetworkType', 'onGyroscopeChange']))

  // The first declaration bound no phone: the app made a device key and asked for a code, binding it.
  const generated = await until(() => alipay.requests.find((r) => r.name === 'code-generate' && r.status), 'code-generate', 30_000)
  expect(generated.body.bind).toBe(true)
  expect(fromBase64(generated.body.devicePublicKey)).toHaveLength(33)
  const wallet = await until(() => (alipay.storage.get('hc.wallet') as any)?.credential && (alipay.storage.get('hc.wallet') as any), 'the stored credential')
  expect(JSON.stringify([...alipay.storage.values()])).not.toContain(ID)
  await until(() => alipay.listening() === 0, 'the sensors stopped')
  trust = await (await fetch(`${host.url}/trust-list.json`)).json()

  // The home page draws the code; `healthcode verify` accepts it.
  const qrOf = async (what: string, after = '') => {
    const home = openPage(driven, 'pages/index/index')
    const url = await until(() => {
      const all = home.rendered().match(/data:image\/png;base64,[A-Za-z0-9+/=]+/g) ?? []
      return all.find((u) => u !== after)
    }, what, 20_000)
    return { text: decodeQrPng(dataUrlBytes(url))!, url, home }
  }
  const online = await qrOf('the QR image')
  expect(cliVerify(online.text)).toMatchObject({ valid: true, claims: { status: 'green', name: '钱*' } })
  expect(online.home.rendered()).toContain('绿码')

  // Offline: the stored code is still drawn, freshly presented, and verifies.
  alipay.setOffline(true)
  // A presentation carries its time in whole seconds: one drawn in the same second as the online one would be
  // the same image, and the test would wait for the 20 s redraw (which a loaded machine can miss).
  await new Promise((r) => setTimeout(r, 1100))
  const offline = await qrOf('the QR image offline', online.url)
  expect(cliVerify(offline.text)).toMatchObject({ valid: true, claims: { status: 'green' } })
  alipay.setOffline(false)

  // Renewal: the host turns the code red (a high-risk trip declared elsewhere); at its next sync the phone
  // renews with the same device key, without taking anything over (no bind).
  const red = await host.call('trip-declare', { trips: [{ region: '420106', from: chinaToday(-3), to: chinaToday(-2) }] }, session.token)
  expect(red.body.data.status.status).toBe('red')
  const before = alipay.requests.filter((r) => r.name === 'code-generate').length
  const seedsBefore = alipay.requests.filter((r) => r.name === 'random-seed').length
  const renewedHome = openPage(driven, 'pages/index/index')
  // Every sync reseeds the generator with a fresh host seed mixed with new phone entropy.
  await until(() => alipay.requests.filter((r) => r.name === 'random-seed' && r.status).length > seedsBefore, 'a reseed at the sync', 30_000)
  const renewal = await until(() => alipay.requests.filter((r) => r.name === 'code-generate' && r.status)[before], 'the renewal', 30_000)
  expect(renewal.body).toEqual({ devicePublicKey: generated.body.devicePublicKey })
  expect(renewal.response.code).toBe(0)
  await until(() => (alipay.storage.get('hc.wallet') as any)?.credential?.credential !== wallet.credential.credential, 'the renewed credential')
  await until(() => renewedHome.rendered().includes('红码'), 'the red code on the home page', 20_000)
  const renewed = await qrOf('the renewed QR image')
  trust = await (await fetch(`${host.url}/trust-list.json`)).json()
  expect(cliVerify(renewed.text)).toMatchObject({ valid: true, claims: { status: 'red' } })

  // No Math.random after load; no seed in the host's log.
  expect(randomCalls.slice(loadCalls)).toEqual([])
  const log = readFileSync(host.logFile, 'utf8')
  for (const s of alipay.requests.filter((r) => r.name === 'random-seed' && r.response)) expect(log).not.toContain(s.response.data.seed)
  expect(sb.consoleErrors).toEqual([])
}

test('two installs with the same host seed but different local entropy make different device keys', async () => {
  // The host (here: a stand-in answer) hands both phones the very same seed; what differs is each phone's
  // own entropy: its sensors, battery, model, timings.
  const seed = Buffer.alloc(32, 0x5a).toString('base64')
  const keys: string[] = []
  for (const [i, install] of [{ model: 'iPhone15,2', currentBattery: '81%', tremble: 0.02 }, { model: 'V2309A', currentBattery: '34%', tremble: 0.005 }].entries()) {
    const phone = `1395555002${i}`
    const token = await host.login(phone)
    await host.call('consent-accept', { version: (await host.call('consent-status', {}, token)).body.data.version }, token)
    const declared = await host.call('health-declare', declaration({ basic: await basicInfo(host, validIdNumber('330106', '19900101', `31${i}`), ['孙小明', '周小红'][i]) }), token)
    expect(declared.body.code).toBe(0)
    const account = (await host.call('auth-session', {}, token)).body.data.account
    const alipay = alipayStandIn({ hostUrl: host.url, install, answer: (name) => (name === 'random-seed' ? { code: 0, message: 'ok', data: { seed } } : undefined) })
    alipay.storage.set('hc.session', { token, expiresAt: Date.now() + 3600_000, account })
    const sb = createAlipaySandbox(DIST, alipay.my)
    try {
      sb.require('app')
      const app = sb.registered.find((r) => r.kind === 'App')!.options
      app.onLaunch.call(app, { path: 'pages/index/index', query: {}, scene: 1001 })
      app.onShow.call(app, { path: 'pages/index/index', query: {}, scene: 1001 })
      // Bound but holding no code on this phone: the home page makes a device key and asks for a code.
      openPage({ ...sb, wxReads: sb.myReads }, 'pages/index/index')
      const generated = await until(() => alipay.requests.find((r) => r.name === 'code-generate' && r.status), 'code-generate', 30_000)
      expect(generated.response.code).toBe(0)
      expect(alipay.requests.filter((r) => r.name === 'random-seed').map((r) => r.response.data.seed)).toEqual([seed])
      keys.push(generated.body.devicePublicKey)
    } finally {
      sb.dispose()
      alipay.dispose()
    }
  }
  expect(keys[0]).not.toBe(keys[1])
})
