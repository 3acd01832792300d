jest.mock('@/services/cloud', () => ({ callFunction: jest.fn() }))
jest.mock('@/services/random', () => ({ RandomUnavailableError: class extends Error {}, secureRandom: async (n: number) => new Uint8Array(require('node:crypto').randomBytes(n)) }))
import { ReturnCode } from '@core/api/return-codes'
import { randomBytes } from 'node:crypto'
import { callFunction } from '@/services/cloud'
import { presentCredential } from '@core/credential/present'
import { createIssuerKey, signerOf, trustEntryOf } from '@core/credential/issuer-key'
import { issueCredential } from '@core/credential/issue'
import { holderPseudonym } from '@core/credential/pseudonym'
import { fromBase64 } from '@core/encoding/bytes'
import { resetStorage } from '../../../test/support/taro-stubs'
import { issueFixture } from '../../../test/support/credential-fixture'
import { lookupPaper, processScan } from './scan-flow'
import { loadQueue } from './scan-queue'
import { noteAnswer } from './reachability'
import { saveTrust } from './trust-store'

const call = callFunction as jest.Mock
const fx = issueFixture({ status: 'yellow' })
const list = { ...fx.trustList, maxAgeSeconds: 86400, syncSeconds: 300 }
const qr = () => presentCredential(fx.credential, fx.devicePrivateKey, Date.now() / 1000)

beforeEach(() => {
  resetStorage()
  call.mockReset()
  noteAnswer(0)
})

it('decides with the stored list, queues the scan with its holder pseudonym and the corrected time', async () => {
  saveTrust(list, Date.now())
  const r = await processScan(qr(), 'v1')
  expect(r.view).toMatchObject({ valid: true, status: 'yellow' })
  expect(call).not.toHaveBeenCalled()
  expect(loadQueue()).toEqual([expect.objectContaining({ accountId: 'v1', valid: true, status: 'yellow', holder: r.holder, holderRegion: '330100', offline: false })])
  expect(Math.abs(loadQueue()[0].scannedAt - Date.now())).toBeLessThan(5000)
})

it('a list past its maximum age is updated first when the host answers, then the code decides normally', async () => {
  saveTrust(list, Date.now() - 25 * 3600_000)
  call.mockResolvedValue({ code: ReturnCode.OK, message: 'ok', data: { trustList: list, serverTime: Date.now() } })
  const r = await processScan(qr(), 'v1')
  expect(call).toHaveBeenCalledWith('trust-sync', {})
  expect(r.view).toMatchObject({ valid: true, updateNeeded: false })
})

it('offline with an old list: update needed, never valid, and still queued', async () => {
  saveTrust(list, Date.now() - 25 * 3600_000)
  call.mockResolvedValue({ code: ReturnCode.NETWORK, error: 'network', message: 'offline' })
  const r = await processScan(qr(), 'v1')
  expect(r.view).toMatchObject({ valid: false, updateNeeded: true, status: null, name: null })
  expect(loadQueue()[0]).toMatchObject({ updateNeeded: true, valid: false, offline: true })
})

it('a paper code asks the host for its status with the scan\'s own key, which then leaves the queue', async () => {
  const key = createIssuerKey('ES256', '330100', (n) => new Uint8Array(randomBytes(n)), Date.now() - 86400_000)
  const paper = issueCredential({ holder: holderPseudonym(fromBase64(key.pseudonymKey), 'acct-p'), surname: '李', idEnds: '1122', paper: true, issuedAt: Date.now() / 1000 }, signerOf(key))
  saveTrust({ ...list, issuers: [trustEntryOf(key)] }, Date.now())
  const r = await processScan(paper.text, 'v1')
  expect(r.view).toMatchObject({ valid: true, paper: true, status: null, name: '李*' })
  call.mockResolvedValue({ code: ReturnCode.OK, message: 'ok', data: { view: r.view, paperStatus: 'green', recorded: true } })
  expect(await lookupPaper(paper.text, r.report.idempotencyKey)).toEqual({ code: ReturnCode.OK, status: 'green' })
  expect(call).toHaveBeenCalledWith('code-verify', { text: paper.text, idempotencyKey: r.report.idempotencyKey })
  expect(loadQueue()).toEqual([])
})
