// The edge of POST /api/<name>: what reaches a function and what is refused before it, with stable codes
// and nothing written. Raw HTTP against the real host, because the app's gateway always sends good JSON.
import { ReturnCode } from '@core/api/return-codes'
import { request } from 'node:http'
import { startHost, RunningHost } from '../support/host'
import { inspectSqlite, Inspector } from '../support/db-inspect'

let host: RunningHost
let db: Inspector

beforeAll(async () => {
  host = await startHost()
  db = await inspectSqlite(host.dataDir)
}, 60_000)
afterAll(async () => {
  await db?.close()
  await host?.stop()
})

async function post(path: string, body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) {
  const res = await fetch(`${host.url}${path}`, { method: 'POST', headers: { 'accept-language': 'en', ...headers }, body })
  return { status: res.status, headers: res.headers, body: await res.json() }
}

it('answers JSON that is never cached or sniffed', async () => {
  const r = await post('/api/auth-otp-request', JSON.stringify({ phone: '13911112001' }))
  expect(r.status).toBe(200)
  expect(r.body.code).toBe(ReturnCode.OK)
  expect(r.headers.get('cache-control')).toBe('no-store')
  expect(r.headers.get('x-content-type-options')).toBe('nosniff')
  expect(r.headers.get('content-type')).toBe('application/json; charset=utf-8')
})

it('refuses malformed JSON, a poisoned prototype, a non-object body and a wrong media type, writing nothing', async () => {
  const before = await db.dump()
  const bad = [
    await post('/api/auth-otp-request', '{"phone": '),
    await post('/api/auth-otp-request', '{"phone":"13911112002","__proto__":{"admin":true}}'),
    await post('/api/auth-otp-request', '[1,2]'),
    await post('/api/auth-otp-request', 'phone=13911112002', { 'content-type': 'application/x-www-form-urlencoded' })
  ]
  expect(bad.map(r => r.status)).toEqual([400, 400, 400, 415])
  for (const r of bad) expect(r.body).toMatchObject({ code: ReturnCode.INVALID_INPUT, error: expect.any(String), message: expect.any(String) })
  expect(await db.dump()).toEqual(before)
})

it('refuses a body over the limit whether its length is declared or streamed', async () => {
  const big = JSON.stringify({ phone: '13911112003', pad: 'x'.repeat(100_000) })
  expect((await post('/api/auth-otp-request', big)).body.code).toBe(ReturnCode.PAYLOAD_TOO_LARGE)
  // Chunked, with no content-length: the limit is counted as it arrives.
  const streamed = await new Promise<{ status: number; body: any }>((resolve, reject) => {
    const req = request(`${host.url}/api/auth-otp-request`, { method: 'POST', headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, res => {
      let text = ''
      res.on('data', c => (text += c)).on('end', () => resolve({ status: res.statusCode!, body: JSON.parse(text) }))
    })
    req.on('error', reject)
    for (let i = 0; i < 20; i++) req.write('x'.repeat(10_000))
    req.end()
  })
  expect(streamed).toMatchObject({ status: 413, body: { code: ReturnCode.PAYLOAD_TOO_LARGE } })
  // The connection is still good for the next call.
  expect((await host.call('auth-otp-request', { phone: '13911112004' })).body.code).toBe(ReturnCode.OK)
})

it('an unknown function is 40402 in the caller’s language, and a GET is not a call', async () => {
  const r = await post('/api/no-such-function', '{}', { 'content-type': 'application/json', 'accept-language': 'zh-CN' })
  expect(r).toMatchObject({ status: 404, body: { code: ReturnCode.UNKNOWN_FUNCTION } })
  expect(r.body.message).toMatch(/[\u4e00-\u9fff]/)
  const get = await fetch(`${host.url}/api/auth-otp-request`)
  expect(get.status).toBe(404)
})

it('a call with no body at all is an empty event (the function then validates it)', async () => {
  const res = await fetch(`${host.url}/api/auth-otp-request`, { method: 'POST' })
  const body = await res.json()
  expect(body.code).toBe(ReturnCode.INVALID_INPUT)
  expect(body.issues).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'phone' })]))
})
