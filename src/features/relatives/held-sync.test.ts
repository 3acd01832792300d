// Held grants on the relative's phone against a stand-in host: a key per grant, the credential kept for
// offline showing, and everything of the grant deleted once the host says it is gone (40301).
jest.mock('@/services/cloud', () => ({ callFunction: jest.fn() }))
jest.mock('@/services/random', () => ({
  secureRandom: async (n: number) => new Uint8Array(require('node:crypto').randomBytes(n)),
  reseedRandom: async () => undefined,
  RandomUnavailableError: class extends Error {}
}))
import { ReturnCode } from '@core/api/return-codes'
import { callFunction } from '@/services/cloud'
import { clearWallet } from '@/features/citizen/wallet'
import { resetStorage } from '../../../test/support/taro-stubs'
import { issueFixture } from '../../../test/support/credential-fixture'
import { getHeld, listHeld, pruneHeld, rememberGrant } from './held-store'
import { syncHeld } from './held-sync'
import type { GrantState, GrantView } from '@core/api/contract/grants'

const call = callFunction as jest.Mock
const grant = (id: string, scope: 'view' | 'hold', state: GrantState = 'active'): GrantView => ({
  id, side: 'held', scope, purpose: '陪同就医', state, createdAt: 1, expiresAt: Date.now() + 86400_000, waitingFor: null, other: { name: '张*', phone: '139****0001' }
})

beforeEach(() => {
  resetStorage()
  call.mockReset()
})

test('a "hold" grant gets a key of its own and keeps the code grant-code gives, reusing the key later', async () => {
  const f = issueFixture()
  const keys: string[] = []
  call.mockImplementation(async (_name: string, data: any) => {
    keys.push(data.devicePublicKey)
    return { code: ReturnCode.OK, message: 'ok', data: { credential: f.credential, issuedAt: f.issuedAt, expiresAt: f.expiresAt, status: 'green', serverTime: Date.now(), expiresGrantAt: 99 } }
  })
  rememberGrant('me', grant('g1', 'hold'))
  const first = await syncHeld('me', 'g1')
  expect(first).toMatchObject({ state: 'ok', entry: { credential: { credential: f.credential }, expiresGrantAt: 99, holder: { name: '张*' } } })
  expect(call.mock.calls[0][0]).toBe('grant-code')
  expect(Buffer.from(keys[0], 'base64')).toHaveLength(33)
  await syncHeld('me', 'g1')
  expect(keys[1]).toBe(keys[0])
  // A second held grant gets another key: ending one revokes exactly that grant's codes.
  rememberGrant('me', grant('g2', 'hold'))
  await syncHeld('me', 'g2')
  expect(keys[2]).not.toBe(keys[0])
})

test('offline, the stored code stays; once the host says the grant is gone (40301) it is deleted', async () => {
  const f = issueFixture()
  call.mockResolvedValue({ code: ReturnCode.OK, message: 'ok', data: { credential: f.credential, issuedAt: f.issuedAt, expiresAt: f.expiresAt, status: 'green', serverTime: Date.now(), expiresGrantAt: 99 } })
  rememberGrant('me', grant('g1', 'hold'))
  await syncHeld('me', 'g1')
  call.mockResolvedValue({ code: ReturnCode.NETWORK, message: 'offline' })
  expect(await syncHeld('me', 'g1')).toMatchObject({ state: 'offline', entry: { credential: { credential: f.credential } } })
  call.mockResolvedValue({ code: ReturnCode.FORBIDDEN, error: 'forbidden', message: 'no live grant' })
  expect(await syncHeld('me', 'g1')).toEqual({ state: 'gone', code: ReturnCode.FORBIDDEN, entry: null })
  expect(getHeld('me', 'g1')).toBeNull()
})

test('a "view" grant keeps the status grant-status gives', async () => {
  const status = { status: 'yellow', reason: 'symptoms', reasonText: { zh: '有症状', en: 'Symptoms' }, rule: 'r@1', setAt: '', exit: null, earliestExitAt: null, exitText: null }
  call.mockResolvedValue({ code: ReturnCode.OK, message: 'ok', data: { holder: { name: '张*', id: '33**************36' }, status } })
  rememberGrant('me', grant('v1', 'view'))
  const out = await syncHeld('me', 'v1')
  expect(call.mock.calls[0]).toEqual(['grant-status', { grantId: 'v1' }])
  expect(out.entry).toMatchObject({ status: { status: 'yellow' }, holder: { name: '张*', id: '33**************36' }, deviceKey: null })
})

test('grant-list prunes what ended, and signing out wipes every held code', () => {
  rememberGrant('me', grant('g1', 'hold'))
  rememberGrant('me', grant('g2', 'view'))
  expect(pruneHeld('me', [grant('g1', 'hold'), grant('g2', 'view', 'revoked')], Date.now())).toEqual(['g2'])
  expect(listHeld('me').map((e) => e.grantId)).toEqual(['g1'])
  expect(listHeld('someone-else')).toEqual([])
  clearWallet()
  expect(listHeld('me')).toEqual([])
})
