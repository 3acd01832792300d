// Load shedding through the real host, on SQLite and on PostgreSQL, with MAX_IN_FLIGHT=2: past the bound
// a call is answered 50302 at once (503, Retry-After, retryAfter, in the caller's language) instead of
// waiting in line; every call gets an answer; the server time and the trust list are answered throughout;
// and the refusals are counted in the metrics.
import { request, type ClientRequest } from 'node:http'
import { ReturnCode } from '@core/api/return-codes'
import { returnMessage } from '@core/api/messages'
import { freePort, type RunningHost } from '../support/host'
import { describeOnEngines } from '../support/engine-suite'

interface Answer { status: number; retryAfter: string | null; body: { code: number; error?: string; message: string; retryAfter?: number } }

async function post(url: string, name: string, body: unknown = {}, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(`${url}/api/${name}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) })
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: await res.json() }
}

/**
 * A call whose body is still on its way: the host has taken it in (it holds a place) and waits for the
 * rest. `release` sends the rest and resolves with the answer.
 */
function heldCall(url: string, name: string): { release: () => Promise<Answer> } {
  const { hostname, port } = new URL(url)
  let req: ClientRequest
  const answer = new Promise<Answer>((resolve, reject) => {
    req = request({ host: hostname, port, method: 'POST', path: `/api/${name}`, agent: false, headers: { 'content-type': 'application/json', 'content-length': 2 } }, res => {
      let text = ''
      res.setEncoding('utf8')
      res.on('data', c => { text += c })
      res.on('end', () => resolve({ status: res.statusCode!, retryAfter: (res.headers['retry-after'] as string) ?? null, body: JSON.parse(text) }))
    })
    req.on('error', reject)
    req.write('{')
  })
  return { release: () => { req.end('}'); return answer } }
}

async function until<T>(probe: () => Promise<T>, ok: (v: T) => boolean): Promise<T> {
  for (;;) {
    const v = await probe()
    if (ok(v)) return v
    await new Promise(r => setTimeout(r, 20))
  }
}

let metricsUrl: string

describeOnEngines('load shedding on %s', 60_000, ({ engine, test, setup }) => {
  let host: RunningHost
  setup(async h => { host = h })

  const readyz = async () => { const r = await fetch(`${host.url}/readyz`); return { status: r.status, body: await r.json() } }

  test('past the bound a call is answered 50302 at once with Retry-After; the time and the trust list are still answered', async () => {
    const held = [heldCall(host.url, 'region-list'), heldCall(host.url, 'region-list')]
    // Both places taken: the host says it is not ready, because of its load alone.
    expect(await until(readyz, r => r.status === 503)).toEqual({ status: 503, body: { ready: false, failed: ['load'] } })

    const [burst, time, list, sync] = await Promise.all([
      Promise.all(Array.from({ length: 20 }, (_, i) => post(host.url, 'region-list', {}, i === 0 ? { 'accept-language': 'en' } : {}))),
      fetch(`${host.url}/api/time`).then(async r => ({ status: r.status, body: await r.json() })),
      fetch(`${host.url}/trust-list.json`).then(async r => ({ status: r.status, body: await r.json() })),
      post(host.url, 'trust-sync')
    ])
    for (const [i, r] of burst.entries()) {
      expect(r).toEqual({
        status: 503, retryAfter: '1',
        body: { code: ReturnCode.BUSY, error: 'busy', message: returnMessage(ReturnCode.BUSY, i === 0 ? 'en' : 'zh-CN'), retryAfter: 1 }
      })
    }
    expect(time.status).toBe(200)
    expect(typeof time.body.serverTime).toBe('number')
    expect(list.status).toBe(200)
    expect(list.body.issuers.length).toBeGreaterThan(0)
    expect(list.body.revocations[0].cose).toEqual(expect.any(String))
    expect(sync.status).toBe(200)
    expect(sync.body.code).toBe(ReturnCode.OK)

    // The held calls were never dropped: they are answered as soon as their bodies arrive.
    for (const r of await Promise.all(held.map(h => h.release()))) expect(r).toMatchObject({ status: 200, body: { code: ReturnCode.OK } })
    expect(await until(readyz, r => r.status === 200)).toEqual({ status: 200, body: { ready: true } })
    expect((await post(host.url, 'region-list')).body.code).toBe(ReturnCode.OK)

    const metrics = await (await fetch(metricsUrl)).text()
    expect(metrics).toContain('healthcode_shed_requests_total{function="region-list"} 20')
    expect(metrics).toContain('healthcode_requests_total{function="region-list",code="50302"} 20')
    expect(metrics).toContain('healthcode_requests_total{function="region-list",code="0"} 3')
    expect(metrics).toContain('healthcode_requests_total{function="trust-sync",code="0"} 1')
    expect(metrics).toMatch(/^healthcode_in_flight_requests 0$/m)
  })

  test('a burst of 200 calls: every call is answered, with its result or 50302 and Retry-After, never left waiting', async () => {
    const token = await host.login('13911115001')
    const [answers, time] = await Promise.all([
      Promise.all(Array.from({ length: 200 }, () => post(host.url, 'auth-session', {}, { authorization: `Bearer ${token}` }))),
      fetch(`${host.url}/api/time`)
    ])
    expect(time.status).toBe(200)
    expect(answers).toHaveLength(200)
    const served = answers.filter(a => a.body.code === ReturnCode.OK)
    const shed = answers.filter(a => a.body.code === ReturnCode.BUSY)
    expect(served.length + shed.length).toBe(200)
    for (const a of served) expect(a.status).toBe(200)
    for (const a of shed) expect(a).toMatchObject({ status: 503, retryAfter: '1', body: { retryAfter: 1 } })
    expect(served.length).toBeGreaterThan(0)
    // On PostgreSQL every call waits on the network, so the calls pile up and most are refused. SQLite
    // answers each call within the event-loop turn that read it, so no line forms and none needs refusing.
    if (engine === 'postgres') expect(shed.length).toBeGreaterThan(0)
  })
}, async () => {
  // Each host its own metrics port, found free just before it starts.
  const port = await freePort()
  metricsUrl = `http://127.0.0.1:${port}/metrics`
  return { env: { MAX_IN_FLIGHT: '2', METRICS_PORT: String(port) } }
})
