// When the phone calls code-generate, with which key, and what it keeps: against a stand-in host.
jest.mock('@/services/cloud', () => ({ callFunction: jest.fn() }))
jest.mock('@/services/random', () => ({
  secureRandom: async (n: number) => new Uint8Array(require('node:crypto').randomBytes(n)),
  reseedRandom: async () => undefined,
  RandomUnavailableError: class extends Error {}
}))
import { ReturnCode } from '@core/api/return-codes'
import { callFunction } from '@/services/cloud'
import { deviceKeyHash, devicePublicKey } from '@core/crypto/device-key'
import { toBase64 } from '@core/encoding/bytes'
import { resetStorage } from '../../../test/support/taro-stubs'
import { issueFixture } from '../../../test/support/credential-fixture'
import { applyDeclarationResult, fetchFreshCode, parentRegion, syncWithServer } from './code-sync'
import { loadClock, loadWallet, updateWallet } from './wallet'

const call = callFunction as jest.Mock
const view = (status: 'green' | 'red') => ({ status, reason: null, reasonText: null, rule: null, setAt: '', exit: null, earliestExitAt: null, exitText: null })
const info = (status: 'green' | 'red') => ({ consent: { version: 'v', accepted: true }, bound: true, holder: null, status: view(status), history: [], checkins: { today: false, consecutiveDays: 0 }, corrections: [], serverTime: Date.now() + 3_600_000 })

function host(answers: Record<string, (data: any) => unknown>) {
  call.mockImplementation(async (name: string, data: any) => (answers[name] ? { code: ReturnCode.OK, message: 'ok', data: answers[name](data) } : { code: ReturnCode.OK, message: 'ok', data: { regions: [] } }))
}
const names = () => call.mock.calls.map((c) => c[0])

beforeEach(() => {
  resetStorage()
  call.mockReset()
})

test('after the first declaration (no phone bound yet) it makes a device key and fetches a code', async () => {
  const f = issueFixture()
  const keys: string[] = []
  host({ 'code-generate': (d) => (keys.push(d.devicePublicKey), { credential: f.credential, issuedAt: f.issuedAt, expiresAt: f.expiresAt, status: 'green', serverTime: Date.now(), deviceChanged: true }) })
  await applyDeclarationResult('a1', { declarationId: 'd', status: view('green'), changed: true, code: null })
  expect(names()).toEqual(['code-generate'])
  expect(Buffer.from(keys[0], 'base64')).toHaveLength(33)
  expect(loadWallet('a1')).toMatchObject({ credential: { credential: f.credential }, status: { status: 'green' } })
  // The next renewal reuses the same key: same phone, nothing revoked.
  await applyDeclarationResult('a1', { declarationId: 'd2', status: view('red'), changed: true, code: null })
  expect(keys[1]).toBe(keys[0])
})

test('a declaration answered with a code of the new colour needs no further call', async () => {
  const red = issueFixture({ status: 'red' })
  updateWallet('a1', { deviceKey: red.devicePrivateKeyBase64 })
  await applyDeclarationResult('a1', { declarationId: 'd', status: view('red'), changed: true, code: { credential: red.credential, issuedAt: red.issuedAt, expiresAt: red.expiresAt } })
  expect(call).not.toHaveBeenCalled()
})

test('health-info with another colour renews at once; the same colour and a fresh code do not', async () => {
  const green = issueFixture({ status: 'green' })
  const red = issueFixture({ status: 'red' })
  updateWallet('a1', { deviceKey: green.devicePrivateKeyBase64, credential: { credential: green.credential, issuedAt: green.issuedAt, expiresAt: green.expiresAt } })
  host({ 'health-info': () => info('green') })
  expect((await syncWithServer('a1')).renewed).toBeNull()
  expect(names()).not.toContain('code-generate')
  // The server's clock is an hour ahead of this phone: learned from health-info.
  expect(loadClock()!.offsetMs).toBeGreaterThan(3_590_000)

  call.mockReset()
  host({ 'health-info': () => info('red'), 'code-generate': () => ({ credential: red.credential, issuedAt: red.issuedAt, expiresAt: red.expiresAt, status: 'red', serverTime: Date.now(), deviceChanged: false }) })
  const out = await syncWithServer('a1')
  expect(out.renewed).toBe('status-changed')
  expect(loadWallet('a1').credential!.credential).toBe(red.credential)
})

test('offline, the stored code stays and nothing throws', async () => {
  const green = issueFixture()
  updateWallet('a1', { deviceKey: green.devicePrivateKeyBase64, credential: { credential: green.credential, issuedAt: green.issuedAt, expiresAt: green.expiresAt } })
  call.mockResolvedValue({ code: ReturnCode.NETWORK, message: 'offline' })
  const out = await syncWithServer('a1')
  expect(out).toMatchObject({ offline: true, info: null })
  expect(loadWallet('a1').credential!.credential).toBe(green.credential)
})

test('a code moved to another phone (40905): this phone drops its code, stops renewing, and binds only when asked', async () => {
  const green = issueFixture()
  const red = issueFixture({ status: 'red' })
  updateWallet('a1', { deviceKey: green.devicePrivateKeyBase64, credential: { credential: green.credential, issuedAt: green.issuedAt, expiresAt: green.expiresAt } })
  const fresh = { credential: red.credential, issuedAt: red.issuedAt, expiresAt: red.expiresAt, status: 'red', serverTime: Date.now(), deviceChanged: true }
  call.mockImplementation(async (name: string, data: any) => (name === 'code-generate' && !data.bind
    ? { code: ReturnCode.DEVICE_REPLACED, error: 'device_replaced', message: 'moved' }
    : { code: ReturnCode.OK, message: 'ok', data: name === 'health-info' ? info('red') : fresh }))
  // A colour change makes this phone renew; the host says the code is on another phone now.
  const out = await syncWithServer('a1')
  expect(out.returnCode).toBe(ReturnCode.DEVICE_REPLACED)
  expect(out.wallet).toMatchObject({ replaced: true, credential: null })
  // Later syncs leave it there: no renewal that would only be refused again.
  call.mockClear()
  await syncWithServer('a1')
  expect(names()).toEqual(['health-info'])
  // "Use on this phone": an explicit bind with the same key.
  const back = await fetchFreshCode('a1', true)
  expect(call.mock.calls.at(-1)![1]).toMatchObject({ bind: true })
  expect(back.wallet).toMatchObject({ replaced: false, credential: { credential: red.credential } })
})

test('health-info naming another phone’s key: this phone drops its code at once, without a renewal', async () => {
  const green = issueFixture()
  const mine = toBase64(deviceKeyHash(devicePublicKey(green.devicePrivateKey)), true)
  updateWallet('a1', { deviceKey: green.devicePrivateKeyBase64, credential: { credential: green.credential, issuedAt: green.issuedAt, expiresAt: green.expiresAt } })
  host({ 'health-info': () => ({ ...info('green'), deviceHash: mine }) })
  expect((await syncWithServer('a1')).wallet).toMatchObject({ replaced: false, credential: { credential: green.credential } })
  call.mockReset()
  host({ 'health-info': () => ({ ...info('green'), deviceHash: 'AAAAAAAAAAA' }) })
  const out = await syncWithServer('a1')
  expect(out.wallet).toMatchObject({ replaced: true, credential: null })
  expect(names()).toEqual(['health-info'])
})

test('a declaration’s code bound to another phone is not kept: this phone asks for its own', async () => {
  const mine = issueFixture()
  const other = issueFixture({ status: 'red' })
  updateWallet('a1', { deviceKey: mine.devicePrivateKeyBase64 })
  call.mockResolvedValue({ code: ReturnCode.DEVICE_REPLACED, error: 'device_replaced', message: 'moved' })
  const out = await applyDeclarationResult('a1', { declarationId: 'd', status: view('red'), changed: true, code: { credential: other.credential, issuedAt: other.issuedAt, expiresAt: other.expiresAt } })
  expect(names()).toEqual(['code-generate'])
  expect(out.wallet).toMatchObject({ credential: null, replaced: true, status: { status: 'red' } })
})

test('region parents follow GB/T 2260', () => {
  expect(parentRegion('330106')).toBe('330100')
  expect(parentRegion('330100')).toBe('330000')
  expect(parentRegion('330000')).toBeUndefined()
})
