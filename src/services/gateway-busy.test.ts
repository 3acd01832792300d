// Through the real H5 gateway (callFunction → typedCall → http-transport) on jest's fake clock: a host
// answering 503/50302 is asked again after the jittered wait, the busy status shows meanwhile, and the
// page gets the answer that finally came, or the 50302 after the last retry.
import { ReturnCode } from '@core/api/return-codes'
import Taro from '@tarojs/taro'

jest.mock('@tarojs/taro', () => {
  const stubs = require('../../test/support/taro-stubs').taro
  const request = jest.fn()
  return { ...stubs, request, default: { ...stubs.default, request } }
})
;(globalThis as any).API_BASE = 'https://hc.example'

import { callFunction } from './cloud.h5'
import { isRetryingBusy, onBusyRetrying } from './busy-status'

const request = (Taro as any).request as jest.Mock
const busy = { statusCode: 503, header: { 'Retry-After': '1' }, data: { code: ReturnCode.BUSY, error: 'busy', message: '服务繁忙', retryAfter: 1 } }

beforeEach(() => {
  request.mockReset()
  jest.useFakeTimers()
})
afterEach(() => jest.useRealTimers())

it('waits at least retryAfter, asks again, and hands the page the answer that came', async () => {
  const seen: boolean[] = []
  const off = onBusyRetrying(v => seen.push(v))
  request.mockResolvedValueOnce(busy).mockResolvedValueOnce({ statusCode: 200, data: { code: ReturnCode.OK, message: 'ok', data: { ttlSeconds: 300 } } })
  const pending = callFunction('auth-otp-request', { phone: '13800138000' })
  await jest.advanceTimersByTimeAsync(0)
  expect(request).toHaveBeenCalledTimes(1)
  expect(isRetryingBusy()).toBe(true)
  // Not before the host's one second.
  await jest.advanceTimersByTimeAsync(999)
  expect(request).toHaveBeenCalledTimes(1)
  // The first retry's wait is at most max(1 s, 250 ms) + 250 ms.
  await jest.advanceTimersByTimeAsync(251)
  expect(request).toHaveBeenCalledTimes(2)
  expect((await pending).code).toBe(ReturnCode.OK)
  expect(isRetryingBusy()).toBe(false)
  expect(seen).toEqual([true, false])
  off()
})

it('gives up after three retries and returns the 50302 with its message and retryAfter', async () => {
  request.mockResolvedValue(busy)
  const pending = callFunction('health-info', {})
  await jest.advanceTimersByTimeAsync(60_000)
  const r = await pending
  expect(request).toHaveBeenCalledTimes(4)
  expect(r).toMatchObject({ code: ReturnCode.BUSY, message: '服务繁忙', retryAfter: 1 })
  expect(isRetryingBusy()).toBe(false)
})
