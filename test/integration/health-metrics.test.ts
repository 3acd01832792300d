// Health, readiness and metrics of the real host: /healthz and /readyz on the public port, Prometheus text
// on the metrics port only (one scrape for every worker), labels without personal data; and /readyz
// failing while PostgreSQL is out of reach, recovering with it.
import { ReturnCode } from '@core/api/return-codes'
import { freePort, startHost, type RunningHost } from '../support/host'
import { dropSchema, freshSchemaName, PG_AVAILABLE, TEST_DATABASE_URL } from '../support/postgres'
import { describeOnEngines } from '../support/engine-suite'
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy'

/** The families an operator's dashboards and alerts use (README, "Endpoints and alerts"). */
const FAMILIES = [
  'healthcode_requests_total counter', 'healthcode_request_duration_seconds histogram', 'healthcode_shed_requests_total counter',
  'healthcode_in_flight_requests gauge', 'healthcode_max_in_flight gauge', 'healthcode_store_up gauge', 'healthcode_jobs gauge',
  'healthcode_job_rows_done gauge', 'healthcode_job_rows_planned gauge', 'healthcode_audit_checkpoint_age_seconds gauge',
  'healthcode_audit_unsigned_entries gauge', 'healthcode_trust_list_age_seconds gauge', 'nodejs_eventloop_lag_seconds gauge'
]

async function until<T>(probe: () => Promise<T>, ok: (v: T) => boolean): Promise<T> {
  for (;;) {
    const v = await probe()
    if (ok(v)) return v
    await new Promise(r => setTimeout(r, 50))
  }
}

async function scrape(url: string): Promise<{ status: number; type: string | null; text: string }> {
  const r = await fetch(url)
  return { status: r.status, type: r.headers.get('content-type'), text: await r.text() }
}

/** The value of one sample line, e.g. sample(text, 'healthcode_store_up'). */
function sample(text: string, series: string): number {
  const line = text.split('\n').find(l => l.startsWith(series + ' '))
  if (!line) throw new Error(`no sample ${series}`)
  return Number(line.slice(series.length + 1))
}

let metricsUrl: string

describeOnEngines('health and metrics on %s', 60_000, ({ engine, test, setup }) => {
  let host: RunningHost
  setup(async h => { host = h })

  test('/healthz says the process lives; /readyz is 200 {ready:true} when the store answers, the keys are loaded and there is room', async () => {
    const live = await fetch(`${host.url}/healthz`)
    expect(live.status).toBe(200)
    const ready = await fetch(`${host.url}/readyz`)
    expect(ready.status).toBe(200)
    expect(ready.headers.get('cache-control')).toBe('no-store')
    expect(await ready.json()).toEqual({ ready: true })
  })

  test('/metrics on the metrics port is Prometheus text with the named families, and labels carry no personal data', async () => {
    const phone = '13911116001'
    const token = await host.login(phone)
    expect((await host.call('auth-session', {}, token)).body.code).toBe(ReturnCode.OK)
    // A path made of a phone number is counted as "unknown", never under its own name.
    expect((await host.call(phone, {})).status).toBe(404)
    const account = (await host.call('auth-session', {}, token)).body.data.account.id as string

    const m = await scrape(metricsUrl)
    expect(m.status).toBe(200)
    expect(m.type).toMatch(/^text\/plain; version=0\.0\.4/)
    for (const family of FAMILIES) expect(m.text).toContain(`# TYPE ${family}`)
    expect(sample(m.text, 'healthcode_requests_total{function="auth-otp-request",code="0"}')).toBe(1)
    expect(sample(m.text, 'healthcode_requests_total{function="auth-session",code="0"}')).toBe(2)
    expect(sample(m.text, 'healthcode_requests_total{function="unknown",code="40402"}')).toBe(1)
    expect(sample(m.text, 'healthcode_request_duration_seconds_count{function="auth-otp-verify"}')).toBe(1)
    expect(sample(m.text, 'healthcode_store_up')).toBe(1)
    expect(sample(m.text, 'healthcode_max_in_flight')).toBe(256)
    expect(sample(m.text, 'healthcode_jobs{state="running"}')).toBe(0)
    expect(sample(m.text, 'healthcode_audit_checkpoint_age_seconds')).toBeGreaterThanOrEqual(0)
    expect(sample(m.text, 'healthcode_trust_list_age_seconds')).toBeGreaterThanOrEqual(0)
    if (engine === 'postgres') {
      expect(sample(m.text, 'healthcode_db_pool_connections')).toBeGreaterThan(0)
      expect(m.text).toContain('# TYPE healthcode_db_pool_waiting_queries gauge')
    }
    for (const secret of [phone, phone.slice(-4) + '"', token, account]) expect(m.text).not.toContain(secret)
    const labels = new Set([...m.text.matchAll(/^healthcode_\w+\{([^}]*)\}/gm)].flatMap(x => x[1].split(',').map(kv => kv.split('=')[0])))
    expect([...labels].sort()).toEqual(['code', 'function', 'le', 'state'])
  })

  test('the public port never serves /metrics', async () => {
    for (const path of ['/metrics', '/metrics?x=1']) {
      const r = await fetch(`${host.url}${path}`)
      expect(r.status).toBe(404)
      expect(await r.text()).not.toContain('healthcode_')
    }
    // Any other path is the app's (index.html where the H5 build is served), never the metrics.
    expect(await (await fetch(`${host.url}/metrics/`)).text()).not.toContain('# TYPE')
  })
}, async () => {
  // Each host its own metrics port, found free just before it starts.
  const port = await freePort()
  metricsUrl = `http://127.0.0.1:${port}/metrics`
  return { env: { METRICS_PORT: String(port) } }
})

describe('metrics with two workers', () => {
  let host: RunningHost
  let metricsUrl: string

  beforeAll(async () => {
    const port = await freePort()
    metricsUrl = `http://127.0.0.1:${port}/metrics`
    host = await startHost({ workers: 2, env: { METRICS_PORT: String(port), MAX_IN_FLIGHT: '100' } })
  }, 60_000)

  afterAll(async () => { await host?.stop() })

  it('one scrape of the primary covers every worker', async () => {
    // Both workers serving: their bounds add up in one scrape (a starting worker reports nothing yet).
    await until(() => scrape(metricsUrl), m => m.status === 200 && m.text.includes('\nhealthcode_max_in_flight 200\n'))
    // New connections each, so both workers take some.
    const calls = 40
    const answers = await Promise.all(Array.from({ length: calls }, () => fetch(`${host.url}/api/region-list`, {
      method: 'POST', headers: { 'content-type': 'application/json', connection: 'close' }, body: '{}'
    }).then(r => r.json())))
    expect(answers.every(a => a.code === ReturnCode.OK)).toBe(true)
    const m = await scrape(metricsUrl)
    expect(m.status).toBe(200)
    expect(sample(m.text, 'healthcode_requests_total{function="region-list",code="0"}')).toBe(calls)
    expect(sample(m.text, 'healthcode_max_in_flight')).toBe(200)
    expect(sample(m.text, 'healthcode_store_up')).toBe(1)
  }, 60_000)
})

;(PG_AVAILABLE ? describe : describe.skip)('readiness while PostgreSQL is out of reach', () => {
  const schema = freshSchemaName()
  let proxy: TcpProxy
  let host: RunningHost
  let metricsUrl: string

  beforeAll(async () => {
    const target = new URL(TEST_DATABASE_URL)
    proxy = await startTcpProxy(target.hostname, Number(target.port || 5432))
    const through = new URL(TEST_DATABASE_URL)
    through.host = `127.0.0.1:${proxy.port}`
    const port = await freePort()
    metricsUrl = `http://127.0.0.1:${port}/metrics`
    host = await startHost({ databaseUrl: through.toString(), pgSchema: schema, env: { METRICS_PORT: String(port), READY_TIMEOUT_MS: '500' } })
  }, 60_000)

  afterAll(async () => {
    await host?.stop()
    await proxy?.close()
    await dropSchema(schema)
  })

  const readyz = async () => { const r = await fetch(`${host.url}/readyz`); return { status: r.status, body: await r.json() } }

  it('/readyz fails while the database is unreachable, and recovers with it', async () => {
    expect(await readyz()).toEqual({ status: 200, body: { ready: true } })

    await proxy.down()
    expect(await until(readyz, r => r.status === 503)).toEqual({ status: 503, body: { ready: false, failed: ['store'] } })
    // The process lives, and what phones and verifiers need without the store is still answered.
    expect((await fetch(`${host.url}/healthz`)).status).toBe(200)
    expect((await fetch(`${host.url}/api/time`)).status).toBe(200)
    expect(sample((await scrape(metricsUrl)).text, 'healthcode_store_up')).toBe(0)

    await proxy.up()
    expect(await until(readyz, r => r.status === 200)).toEqual({ status: 200, body: { ready: true } })
    expect(sample((await scrape(metricsUrl)).text, 'healthcode_store_up')).toBe(1)
    expect((await host.call('region-list', {})).body.code).toBe(ReturnCode.OK)
  }, 60_000)
})
