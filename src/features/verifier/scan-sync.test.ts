jest.mock('@/services/cloud', () => ({ callFunction: jest.fn() }))
import { ReturnCode } from '@core/api/return-codes'
import { callFunction } from '@/services/cloud'
import { resetStorage } from '../../../test/support/taro-stubs'
import { enqueue, loadQueue, pendingFor } from './scan-queue'
import { BATCH_SIZE, flushQueue } from './scan-sync'
import { isReachable } from './reachability'
import type { QueuedScan } from './types'

const call = callFunction as jest.Mock
const scan = (i: number, accountId = 'v1'): QueuedScan => ({
  accountId, idempotencyKey: `key-${String(i).padStart(4, '0')}`, scannedAt: 1_800_000_000_000 + i, valid: true, updateNeeded: false,
  kind: 'healthcode', reasons: [], status: 'green', holder: null, holderRegion: '330100', offline: true
})
const answerAll = () => call.mockImplementation(async (_name: string, data: { scans: { idempotencyKey: string }[] }) =>
  ({ code: ReturnCode.OK, message: 'ok', data: { accepted: data.scans.length, duplicates: 0, keys: data.scans.map((s) => s.idempotencyKey) } }))

beforeEach(() => {
  resetStorage()
  call.mockReset()
})

it('uploads in batches of at most 200, without the account id, and empties the queue', async () => {
  for (let i = 0; i < 450; i++) enqueue(scan(i))
  answerAll()
  const out = await flushQueue('v1')
  expect(out).toEqual({ synced: 450, remaining: 0, code: ReturnCode.OK })
  expect(call.mock.calls.map(([name, data]) => [name, data.scans.length])).toEqual([['scan-record', BATCH_SIZE], ['scan-record', BATCH_SIZE], ['scan-record', 50]])
  expect(call.mock.calls[0][1].scans[0]).not.toHaveProperty('accountId')
})

it('keeps every scan when the answer is lost, and resends the same keys', async () => {
  for (let i = 0; i < 3; i++) enqueue(scan(i))
  call.mockResolvedValueOnce({ code: ReturnCode.NETWORK, error: 'network', message: 'offline' })
  expect(await flushQueue('v1')).toMatchObject({ synced: 0, remaining: 3, code: ReturnCode.NETWORK })
  expect(isReachable()).toBe(false)
  answerAll()
  expect(await flushQueue('v1')).toMatchObject({ synced: 3, remaining: 0 })
  expect(call.mock.calls[1][1].scans.map((s: QueuedScan) => s.idempotencyKey)).toEqual(call.mock.calls[0][1].scans.map((s: QueuedScan) => s.idempotencyKey))
  expect(isReachable()).toBe(true)
})

it('removes only the keys the host answered for, and keeps scans queued meanwhile', async () => {
  enqueue(scan(1))
  enqueue(scan(2))
  call.mockImplementationOnce(async () => {
    enqueue(scan(3)) // a scan made while the upload is in flight
    return { code: ReturnCode.OK, message: 'ok', data: { accepted: 1, duplicates: 0, keys: ['key-0001'] } }
  })
  call.mockResolvedValue({ code: ReturnCode.NETWORK, message: 'offline' })
  await flushQueue('v1')
  expect(loadQueue().map((q) => q.idempotencyKey)).toEqual(['key-0002', 'key-0003'])
})

it('never uploads another account\'s scans', async () => {
  enqueue(scan(1, 'v1'))
  enqueue(scan(2, 'v2'))
  answerAll()
  await flushQueue('v1')
  expect(pendingFor('v2')).toHaveLength(1)
  expect(pendingFor('v1')).toHaveLength(0)
})
