// The H5 transport against a stubbed Taro.request: URL, header, body, and session clearing.
import { ReturnCode } from '@core/api/return-codes'
import Taro from '@tarojs/taro'

jest.mock('@tarojs/taro', () => {
  const stubs = require('../../test/support/taro-stubs').taro
  const request = jest.fn()
  return { ...stubs, request, default: { ...stubs.default, request } }
})
;(globalThis as any).API_BASE = 'https://hc.example'

import { callFunction } from './cloud.h5'
import { loadSession, saveSession } from './session'

const request = (Taro as any).request as jest.Mock
const account = { id: 'a1', roles: ['citizen'], region: null, pointId: null, displayName: null, phoneMasked: '138****8000' }

beforeEach(() => {
  request.mockReset()
  saveSession({ token: 'tok', expiresAt: Date.now() + 60_000, account })
})

it('POSTs JSON to /api/<name> with the Bearer token in the header, never in the body', async () => {
  request.mockResolvedValue({ statusCode: 200, data: { code: ReturnCode.OK, message: 'ok', data: { ttlSeconds: 300 } } })
  const r = await callFunction('auth-otp-request', { phone: '13800138000' })
  expect(r).toEqual({ code: ReturnCode.OK, message: 'ok', data: { ttlSeconds: 300 } })
  const opts = request.mock.calls[0][0]
  expect(opts).toMatchObject({ url: 'https://hc.example/api/auth-otp-request', method: 'POST', data: { phone: '13800138000' } })
  expect(opts.header.Authorization).toBe('Bearer tok')
})

it('clears the session on 40101/40102', async () => {
  request.mockResolvedValue({ statusCode: 401, data: { code: ReturnCode.SESSION_EXPIRED, message: 'expired' } })
  const r = await callFunction('auth-session', {})
  expect(r.code).toBe(ReturnCode.SESSION_EXPIRED)
  expect(loadSession()).toBeNull()
})

it('turns a failed request into a client-side network result', async () => {
  request.mockRejectedValue({ errMsg: 'request:fail' })
  expect((await callFunction('auth-session', {})).code).toBe(ReturnCode.NETWORK)
})

it('rejects malformed answers instead of passing them on', async () => {
  request.mockResolvedValue({ statusCode: 502, data: '<html>bad gateway</html>' })
  expect((await callFunction('auth-session', {})).code).toBe(ReturnCode.INTERNAL)
})
