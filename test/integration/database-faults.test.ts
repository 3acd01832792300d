// Database faults through the real host are answered, never a crash: PostgreSQL connections terminated
// under load fail only the requests that used them (50302, retryable) while the workers live on; SQLite
// with a full store answers 50302, logs SQLITE_FULL and recovers by itself once there is room; and a
// graceful stop logs no error.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { Client } from 'pg'
import { ReturnCode } from '@core/api/return-codes'
import { startHost, type RunningHost } from '../support/host'
import { inspectPostgres, inspectSqlite, type Inspector } from '../support/db-inspect'
import { dropSchema, freshSchemaName, PG_AVAILABLE, TEST_DATABASE_URL } from '../support/postgres'
import { basicInfo, declaration, validIdNumber } from '../support/citizen'

interface Answer { account: string; started: number; ended: number; status: number; code: number | null; retryAfter?: number; header: string | null }

/** A signed-in citizen who has consented and bound a name, so later declarations need no `basic`. */
async function boundCitizen(host: RunningHost, phone: string, birth: string): Promise<{ token: string; account: string }> {
  const token = await host.login(phone)
  const consent = await host.call('consent-accept', { version: (await host.call('consent-status', {}, token)).body.data.version }, token)
  expect(consent.body.code).toBe(ReturnCode.OK)
  const first = await host.call('health-declare', declaration({ basic: await basicInfo(host, validIdNumber('330106', birth, '357')) }), token)
  expect(first.body.code).toBe(ReturnCode.OK)
  const me = await host.call('auth-session', {}, token)
  return { token, account: me.body.data.account.id as string }
}

/** One declaration, timed, with its answer as sent (status, body, Retry-After); code null when no answer came within 5 s. */
async function declare(host: RunningHost, citizen: { token: string; account: string }): Promise<Answer> {
  const started = Date.now()
  try {
    const res = await fetch(`${host.url}/api/health-declare`, {
      method: 'POST', signal: AbortSignal.timeout(5000),
      headers: { 'content-type': 'application/json', authorization: `Bearer ${citizen.token}` },
      body: JSON.stringify(declaration())
    })
    const body = await res.json() as { code: number; retryAfter?: number }
    return { account: citizen.account, started, ended: Date.now(), status: res.status, code: body.code, retryAfter: body.retryAfter, header: res.headers.get('retry-after') }
  } catch {
    return { account: citizen.account, started, ended: Date.now(), status: 0, code: null, header: null }
  }
}

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms))

/** The host's worker processes (children of the primary the harness started). */
function workerPids(host: RunningHost): number[] {
  try {
    return execFileSync('ps', ['-o', 'pid=', '--ppid', String(host.process.pid)], { encoding: 'utf8' }).split('\n').map(s => Number(s.trim())).filter(Boolean).sort()
  } catch {
    return []
  }
}

/** Stops the host with SIGTERM and answers what it logged from `from` (a byte offset of its log) on. */
async function stopAndReadLog(host: RunningHost, from: number): Promise<{ exitCode: number | null; log: string }> {
  await host.stop()
  return { exitCode: host.process.exitCode, log: readFileSync(host.logFile).subarray(from).toString('utf8') }
}

/** The host's log once it holds `pattern` (lines reach the file in batches, every 50 ms), or as it is after 3 s. */
async function logWith(host: RunningHost, pattern: RegExp): Promise<string> {
  let log = ''
  for (const end = Date.now() + 3000; Date.now() < end; await sleep(50)) {
    log = readFileSync(host.logFile, 'utf8')
    if (pattern.test(log)) break
  }
  return log
}

const errorLines = (log: string) => log.split('\n').filter(l => l.includes('"level":"error"'))

describe('PostgreSQL connections terminated under load', () => {
  const skip = !PG_AVAILABLE
  const maybe = (name: string, fn: () => Promise<void>) => (skip ? it.skip : it)(name, fn, 120_000)
  const schema = freshSchemaName('hc_faults')
  // This host's connections, and no other suite's: pg_stat_activity shows the name.
  const applicationName = `healthcode-faults:${schema}`
  let host: RunningHost
  let db: Inspector
  let admin: Client

  beforeAll(async () => {
    if (skip) return
    host = await startHost({ databaseUrl: TEST_DATABASE_URL, pgSchema: schema, workers: 2, env: { PG_APPLICATION_NAME: applicationName } })
    db = await inspectPostgres(schema)
    admin = new Client({ connectionString: TEST_DATABASE_URL })
    await admin.connect()
  }, 60_000)

  afterAll(async () => {
    if (skip) return
    await admin?.end()
    await db?.close()
    await host?.stop()
    await dropSchema(schema)
  })

  const terminate = async () => (await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where application_name = $1 and pid <> pg_backend_pid()', [applicationName])).rowCount ?? 0

  maybe('every request is answered within 5 s (done or 50302), the workers live on, and requests succeed again within 2 s', async () => {
    const citizens = []
    for (let i = 0; i < 6; i++) citizens.push(await boundCitizen(host, `1393333000${i}`, `1990030${i + 1}`))
    const pidsBefore = workerPids(host)
    expect(pidsBefore).toHaveLength(2)

    const answers: Answer[] = []
    let running = true
    // Two callers per citizen, declaring back to back.
    const callers = [...citizens, ...citizens].map(async c => {
      while (running) answers.push(await declare(host, c))
    })
    const kills: { at: number; terminated: number }[] = []
    await sleep(1000)
    for (let round = 0; round < 2; round++) {
      const at = Date.now()
      kills.push({ at, terminated: await terminate() })
      await sleep(2500)
    }
    running = false
    await Promise.all(callers)

    for (const k of kills) expect(k.terminated).toBeGreaterThan(0)
    // Every request got an answer, within 5 s: done, or busy with a wait to retry after.
    expect(answers.filter(a => a.code === null)).toEqual([])
    expect(answers.filter(a => a.code !== ReturnCode.OK && a.code !== ReturnCode.BUSY)).toEqual([])
    expect(Math.max(...answers.map(a => a.ended - a.started))).toBeLessThan(5000)
    for (const busy of answers.filter(a => a.code === ReturnCode.BUSY)) {
      expect(busy).toMatchObject({ status: 503, header: String(busy.retryAfter) })
      expect(busy.retryAfter).toBeGreaterThanOrEqual(1)
      expect(busy.retryAfter).toBeLessThanOrEqual(2)
    }
    // Requests succeed again within 2 s of each termination.
    for (const k of kills) {
      const firstDone = Math.min(...answers.filter(a => a.code === ReturnCode.OK && a.started >= k.at).map(a => a.ended))
      expect(firstDone - k.at).toBeLessThanOrEqual(2000)
    }
    // No worker died: the same two processes serve, and the primary never had to start another.
    expect(host.process.exitCode).toBeNull()
    expect(workerPids(host)).toEqual(pidsBefore)
    expect(host.output()).not.toMatch(/exited|Unhandled 'error' event/)
    // Every acknowledged declaration is stored. A request answered 50302 may still have committed (its
    // connection lost between COMMIT and the answer), so it may add one, never take one away.
    for (const c of citizens) {
      const mine = answers.filter(a => a.account === c.account)
      const stored = Number((await db.rows("select count(*) n from declarations where account_id = $1 and kind = 'health'", [c.account]))[0].n)
      const acknowledged = 1 + mine.filter(a => a.code === ReturnCode.OK).length
      expect(stored).toBeGreaterThanOrEqual(acknowledged)
      expect(stored).toBeLessThanOrEqual(acknowledged + mine.filter(a => a.code === ReturnCode.BUSY).length)
    }
    // A request that failed is logged by its real cause.
    const cause = /store unavailable \((57P01|connection lost|08006|ECONNRESET)/
    if (answers.some(a => a.code === ReturnCode.BUSY)) expect(await logWith(host, cause)).toMatch(cause)
  })

  maybe('then stops gracefully: SIGTERM, exit 0, and no error in the log', async () => {
    const from = readFileSync(host.logFile).length
    const stopped = await stopAndReadLog(host, from)
    expect(stopped.exitCode).toBe(0)
    expect(errorLines(stopped.log)).toEqual([])
  })
})

describe('SQLite with a full store', () => {
  // One worker: the page cap belongs to the connection, and the dev route sets it on the worker that answers.
  let host: RunningHost
  let db: Inspector

  beforeAll(async () => {
    host = await startHost({ workers: 1 })
    db = await inspectSqlite(host.dataDir)
  }, 60_000)

  afterAll(async () => {
    await db?.close()
    await host?.stop()
  })

  const maxPages = async (pages?: number) => {
    const res = await fetch(`${host.url}/dev/sqlite-max-pages`, pages === undefined ? {} : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ pages }) })
    expect(res.status).toBe(200)
    return await res.json() as { maxPageCount: number; pageCount: number }
  }

  it('declarations answer 50302 while it is full, the log names SQLITE_FULL, and they succeed once there is room', async () => {
    const citizens = []
    for (let i = 0; i < 4; i++) citizens.push(await boundCitizen(host, `1394444000${i}`, `1985110${i + 1}`))
    const roomy = await maxPages()

    // The cap cannot go below the file's size: asking for 1 page caps the file where it is now.
    const full = await maxPages(1)
    expect(full.maxPageCount).toBe(full.pageCount)
    const answers: Answer[] = []
    for (let i = 0; i < 400 && answers.filter(a => a.code === ReturnCode.BUSY).length < 5; i++) answers.push(await declare(host, citizens[i % citizens.length]))
    expect(answers.filter(a => a.code !== ReturnCode.OK && a.code !== ReturnCode.BUSY)).toEqual([])
    const busy = answers.filter(a => a.code === ReturnCode.BUSY)
    expect(busy).toHaveLength(5)
    for (const b of busy) expect(b).toMatchObject({ status: 503, retryAfter: 2, header: '2' })
    const log = await logWith(host, /store unavailable \(SQLITE_FULL\)/)
    expect(log).toContain('store unavailable (SQLITE_FULL)')
    expect(log).not.toContain('cannot rollback')

    // Room again, without a restart: declarations go through at once.
    expect((await maxPages(roomy.maxPageCount)).maxPageCount).toBe(roomy.maxPageCount)
    for (const c of citizens) answers.push(await declare(host, c))
    expect(answers.slice(-citizens.length).map(a => a.code)).toEqual(citizens.map(() => ReturnCode.OK))

    // Exactly the acknowledged declarations are stored, and the file is sound.
    for (const c of citizens) {
      const stored = Number((await db.rows("select count(*) n from declarations where account_id = $1 and kind = 'health'", [c.account]))[0].n)
      expect(stored).toBe(1 + answers.filter(a => a.account === c.account && a.code === ReturnCode.OK).length)
    }
    const file = new Database(join(host.dataDir, 'healthcode.db'), { readonly: true, fileMustExist: true })
    try {
      expect(file.pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }])
    } finally {
      file.close()
    }
  })
})

describe.each([['sqlite'], ['postgres']] as const)('a graceful stop on %s', engine => {
  const skip = engine === 'postgres' && !PG_AVAILABLE
  const schema = freshSchemaName('hc_stop')
  afterAll(async () => { if (engine === 'postgres' && !skip) await dropSchema(schema) })

  ;(skip ? it.skip : it)('SIGTERM to every process at once (systemd, Ctrl-C), each worker also told by the primary: exit 0, no error logged', async () => {
    const host = await startHost(engine === 'postgres' ? { workers: 2, databaseUrl: TEST_DATABASE_URL, pgSchema: schema } : { workers: 2 })
    try {
      // A bound name is an audit entry: the stopping workers have a checkpoint to sign.
      await boundCitizen(host, '13955550001', '19920202')
      await boundCitizen(host, '13955550002', '19920203')
    } finally {
      // As systemd (KillMode=control-group) or a terminal's Ctrl-C deliver it: the primary and the workers
      // get the signal together, and the primary then signals each worker again. A stop that ran twice
      // signed the checkpoint after the store had closed ("driver has already been destroyed").
      for (const pid of workerPids(host)) process.kill(pid, 'SIGTERM')
      const stopped = await stopAndReadLog(host, 0)
      expect(stopped.exitCode).toBe(0)
      expect(errorLines(stopped.log)).toEqual([])
      expect(host.output()).not.toMatch(/error|exited/i)
    }
  }, 60_000)
})
