// random-seed on the real host: public, 32 fresh bytes per call, never cached, counted per client
// address, strict input, and the bytes reach neither the log nor the store.
import { readFileSync } from 'node:fs'
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

async function seed(body: unknown = {}, token?: string) {
  const res = await fetch(`${host.url}/api/random-seed`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body)
  })
  return { headers: res.headers, body: await res.json() }
}

it('answers anyone 32 fresh bytes, never cached, and keeps none of them', async () => {
  const before = await db.dump()
  const a = await seed()
  const b = await seed({}, await host.login('13966660001'))
  for (const r of [a, b]) {
    expect(r.body).toMatchObject({ code: 0, data: { seed: expect.any(String) } })
    expect(Buffer.from(r.body.data.seed, 'base64')).toHaveLength(32)
    expect(r.headers.get('cache-control')).toBe('no-store')
  }
  expect(a.body.data.seed).not.toBe(b.body.data.seed)
  await new Promise(r => setTimeout(r, 200)) // the log is appended after the answer
  const log = readFileSync(host.logFile, 'utf8')
  expect(log).toContain('/api/random-seed')
  const dump = await db.dump()
  for (const s of [a.body.data.seed, b.body.data.seed]) {
    expect(log).not.toContain(s)
    expect(log).not.toContain(Buffer.from(s, 'base64').toString('hex'))
    expect(dump).not.toContain(s)
  }
  // The only trace in the store: the per-address counter.
  expect(await db.rows("select count from rate_counters where key like 'random-seed:ip:%'")).toEqual([{ count: 2 }])
  expect(before).not.toContain('random-seed')
})

it('takes no input and no identity in the body', async () => {
  expect((await seed({ bytes: 64 })).body).toMatchObject({ code: 40001, issues: [{ code: 'unknown_field' }] })
  expect((await seed({ accountId: 'x' })).body.code).toBe(40002)
})
