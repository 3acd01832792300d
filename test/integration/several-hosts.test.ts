// Several hosts of one region on one PostgreSQL, as behind a load balancer: two real host processes on
// their own ports, sharing the store and the key folder (a shared KMS mount). A session from one works
// on the other; one-time-code limits count across both; scheduled checkpoints are signed once per
// interval, not once per process; an approved import is re-audited exactly once although the host
// running part of it is killed halfway through its share; and the audit log stays one verifiable chain.
import { randomUUID } from 'node:crypto'
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { ReturnCode } from '@core/api/return-codes'
import { fromBase64, toBase64 } from '@core/encoding/bytes'
import { startHost, type RunningHost } from '../support/host'
import { inspectPostgres, type Inspector } from '../support/db-inspect'
import { dropSchema, freshSchemaName, PG_AVAILABLE, TEST_DATABASE_URL } from '../support/postgres'
import { chinaToday } from '../support/citizen'
import { loadConfig } from '../../server/runtime/config'
import { dataKeysOf, loadKeyRing } from '../../server/adapters/keys/key-ring'
import { AesGcmProtector } from '../../server/adapters/crypto/aes-gcm-protector'
import { nativePseudonyms } from '../../server/adapters/crypto/native-pseudonyms'

const root = join(__dirname, '..', '..')
const maybe = PG_AVAILABLE ? it : it.skip

const CHECKPOINT_SECONDS = 2
const SHARE_SIZE = 150
const CITIZENS = 3000
const HOT = '420106'
const HOSTS_ENV = {
  AUDIT_CHECKPOINT_SECONDS: String(CHECKPOINT_SECONDS),
  JOB_POLL_MS: '200', JOB_LEASE_MS: '1500', JOB_SHARE_SIZE: String(SHARE_SIZE), JOB_BATCH_SIZE: '25',
  // The import below changes thousands of statuses on purpose: above the bulk threshold it would be held.
  BULK_PER_REGION_PER_HOUR: '100000'
}

const sleep = (ms: number) => new Promise(r => setTimeout(r, ms))

async function until<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 120_000, everyMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const v = await probe()
    if (v) return v
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await sleep(everyMs)
  }
}

describe('several hosts, one region, on one PostgreSQL', () => {
  const schema = freshSchemaName('hc_hosts')
  let a: RunningHost
  let b: RunningHost
  let db: Inspector

  beforeAll(async () => {
    if (!PG_AVAILABLE) return
    // Host A runs two workers, host B one (so killing B's process kills all of B).
    a = await startHost({ databaseUrl: TEST_DATABASE_URL, pgSchema: schema, workers: 2, env: HOSTS_ENV })
    b = await startHost({ databaseUrl: TEST_DATABASE_URL, pgSchema: schema, workers: 1, keysDir: join(a.dataDir, 'keys'), env: { ...HOSTS_ENV, DEMO: '0' } })
    db = await inspectPostgres(schema)
  }, 120_000)

  afterAll(async () => {
    if (!PG_AVAILABLE) return
    await db?.close()
    // B was killed on purpose; a host that exited needs no stop.
    if (b && b.process.exitCode === null && b.process.signalCode === null) await b.stop()
    await a?.stop()
    await dropSchema(schema)
  })

  maybe('a session opened on host A works on host B', async () => {
    const token = await a.login('13912340001')
    const onA = await a.call('auth-session', {}, token)
    const onB = await b.call('auth-session', {}, token)
    expect(onA.body.code).toBe(ReturnCode.OK)
    expect(onB.body.code).toBe(ReturnCode.OK)
    expect(onB.body.data.account).toEqual(onA.body.data.account)
    expect(onA.body.data.account.roles).toEqual(['citizen'])
  }, 30_000)

  maybe('one-time codes for one phone, asked alternately of both hosts, stop at the single-host limit', async () => {
    const limit = loadConfig({} as NodeJS.ProcessEnv).otp.perPhonePerHour
    const answers: number[] = []
    for (let i = 0; i < limit + 3; i++) {
      const code = (await (i % 2 ? b : a).call('auth-otp-request', { phone: '13912340002' })).body.code
      answers.push(code)
      if (code !== ReturnCode.OK) break
    }
    expect(answers).toEqual([...Array(limit).fill(ReturnCode.OK), ReturnCode.RATE_LIMITED])
  }, 30_000)

  maybe(`with writes through both hosts, one checkpoint is signed per ${CHECKPOINT_SECONDS}-second interval, not one per process`, async () => {
    const auditor = await a.login('13800000002')
    const intervalMs = CHECKPOINT_SECONDS * 1000
    const from = Date.now()
    const codes: number[] = []
    // Staff reads are logged: the chain's head moves through both hosts for seven seconds.
    while (Date.now() - from < 7000) {
      const both = await Promise.all([a.call('audit-queue', {}, auditor), b.call('audit-queue', {}, auditor)])
      codes.push(...both.map(r => r.body.code))
    }
    await sleep(intervalMs / 2)
    const to = Date.now()
    expect(codes.filter(c => c !== ReturnCode.OK)).toEqual([])
    const at = (await db.rows('select at from audit_checkpoints order by at')).map(r => Number(r.at))
    const inWindow = at.filter(t => t >= from && t <= to)
    // Three processes (two workers of A, one of B) would sign about three per interval on their own.
    expect(inWindow.length).toBeLessThanOrEqual(Math.floor((to - from) / intervalMs) + 1)
    expect(inWindow.length).toBeGreaterThanOrEqual(2)
    const gaps = at.slice(1).map((t, i) => t - at[i])
    // The lease is taken an interval apart; each signature's time follows its lease by the few reads between.
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(intervalMs - 250)
  }, 60_000)

  maybe('an approved import is re-audited exactly once although host B is killed halfway through its share', async () => {
    const citizens = await seedTravellers(CITIZENS)
    const admin1 = await a.login('13800000001')
    const admin2 = await a.login('13800000004')
    const csv = ['region_code,level,from,to', `${HOT},high,${chinaToday(-10)},${chinaToday(10)}`].join('\n')
    const up = await a.call('import-upload', { source: 'risk-areas', fileName: 'areas.csv', contentBase64: Buffer.from(csv).toString('base64') }, admin1)
    expect(up.body.code).toBe(ReturnCode.OK)
    const importId = up.body.data.import.id as string
    await until('the import to be checked', async () => (await a.call('import-detail', { importId }, admin1)).body.data.state === 'preview')
    // Approved on B: B queues the job and starts on it, A's two workers join at their next poll.
    const approved = await b.call('import-approve', { importId }, admin2)
    expect(approved.body.code).toBe(ReturnCode.OK)
    const jobId = approved.body.data.jobId as string

    // B dies (SIGKILL: no stop, no hand-back) once it has finished a share, while it holds another with
    // some batches committed and at least two still to do.
    const ofB = `%:${b.process.pid}:%`
    const halfway = `select seq, done from job_shares where job_id = $1 and lease_owner like $2 and state = 'open' and done > 0`
    const finishedByB = async () => (await db.rows(`select seq from job_shares where job_id = $1 and lease_owner like $2 and state = 'done'`, [jobId, ofB])).map(r => Number(r.seq))
    await until('host B to be halfway through its second share', async () =>
      (await finishedByB()).length > 0 && (await db.rows(`${halfway} and done <= $3`, [jobId, ofB, SHARE_SIZE - 50]))[0], 120_000, 10)
    const exited = new Promise(resolve => b.process.once('exit', resolve))
    b.process.kill('SIGKILL')
    await exited
    const leftByB = await db.rows(halfway, [jobId, ofB])
    expect(leftByB.length).toBeGreaterThan(0)
    for (const s of leftByB) expect(Number(s.done)).toBeLessThan(SHARE_SIZE)

    // A takes B's share over once its lease lapses, and finishes the job.
    const status = await until('the job to finish', async () => {
      const r = (await a.call('job-status', { jobId }, admin2)).body.data
      return r.state === 'done' || r.state === 'failed' ? r : null
    }, 180_000, 250)
    expect(status).toMatchObject({ state: 'done', total: CITIZENS, done: CITIZENS, changed: CITIZENS })
    for (const s of leftByB) {
      const [share] = await db.rows('select state, done, lease_owner, attempts from job_shares where job_id = $1 and seq = $2', [jobId, s.seq])
      expect(share).toMatchObject({ state: 'done', done: SHARE_SIZE })
      expect(String(share.lease_owner)).not.toContain(`:${b.process.pid}:`)
      expect(Number(share.attempts)).toBeGreaterThanOrEqual(2)
    }
    // What B finished before it died stays finished: its citizens were not re-audited by anyone else.
    const doneByB = await finishedByB()
    expect(doneByB.length).toBeGreaterThan(0)
    const owners = await db.rows('select distinct lease_owner from job_shares where job_id = $1', [jobId])
    expect(owners.length).toBeGreaterThanOrEqual(2)

    // Every affected citizen changed exactly once by this import, none was skipped.
    const history = await db.rows('select account_id, count(*)::int n from status_history where actor = $1 group by account_id', [`import:${importId}`])
    expect(history).toHaveLength(CITIZENS)
    expect(history.filter(h => h.n !== 1)).toEqual([])
    expect(new Set(history.map(h => h.account_id))).toEqual(new Set(citizens))
    const logged = await db.rows(`select subject, count(*)::int n from audit_log where action = 'status.change' and data like $1 group by subject`, [`%"importId":"${importId}"%`])
    expect(logged).toHaveLength(CITIZENS)
    expect(logged.filter(l => l.n !== 1)).toEqual([])
    const stillGreen = await db.rows(`select count(*)::int n from statuses where account_id = any($1) and status = 'green'`, [citizens])
    expect(stillGreen).toEqual([{ n: 0 }])
  }, 400_000)

  maybe('healthcode audit-log verify passes over the chain all hosts wrote', () => {
    const env = { ...process.env, DATA_DIR: a.dataDir, DATABASE_URL: TEST_DATABASE_URL, PG_SCHEMA: schema }
    const r = spawnSync(process.execPath, [join(root, 'bin', 'healthcode.js'), 'audit-log', 'verify'], { env, encoding: 'utf8' })
    expect([r.status, r.stderr]).toEqual([0, ''])
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: true })
  }, 60_000)

  /** `n` green citizens who travelled to HOT last week, written straight into the store (as bench/reaudit.ts loads its million). */
  async function seedTravellers(n: number): Promise<string[]> {
    const keys = loadKeyRing(join(a.dataDir, 'keys'))
    const pii = new AesGcmProtector(dataKeysOf(keys.secrets))
    const pseudonymOf = nativePseudonyms(fromBase64(keys.issuer.pseudonymKey))
    const region = loadConfig({} as NodeJS.ProcessEnv).region.code
    const now = Date.now()
    const sealed = pii.seal(JSON.stringify({ health: { temperature: 36.5, symptoms: [], conditions: [] }, contact: 'none', tests: [], vaccination: null }))
    const ids = Array.from({ length: n }, () => randomUUID())
    const insert = async (table: string, columns: string[], rows: unknown[][]) => {
      for (let i = 0; i < rows.length; i += 500) {
        const chunk = rows.slice(i, i + 500)
        const values = chunk.map((_, r) => `(${columns.map((__, c) => `$${r * columns.length + c + 1}`).join(', ')})`).join(', ')
        await db.rows(`insert into ${table} (${columns.join(', ')}) values ${values}`, chunk.flat())
      }
    }
    await insert('accounts', ['id', 'status', 'created_at'], ids.map(id => [id, 'active', now]))
    await insert('citizens', ['account_id', 'region', 'name_enc', 'surname', 'id_type', 'id_enc', 'id_hash', 'id_ends', 'holder', 'household_region', 'address_enc', 'bound_at', 'updated_at'],
      ids.map((id, i) => [id, region, 'x', '张', 'resident-id', 'x', `seed-${i}`, '1134', toBase64(pseudonymOf(id), true), '330106', 'x', now, now]))
    await insert('declarations', ['id', 'account_id', 'kind', 'at', 'data_enc'], ids.map(id => [`d-${id}`, id, 'health', now - 3600_000, sealed]))
    await insert('trips', ['id', 'account_id', 'declaration_id', 'region', 'from_date', 'to_date'], ids.map(id => [`t-${id}`, id, `d-${id}`, HOT, chinaToday(-6), chinaToday(-4)]))
    await insert('statuses', ['account_id', 'region', 'status', 'set_at', 'inputs_json', 'evaluated_at', 'vaccinated'], ids.map(id => [id, region, 'green', now - 86400_000, '{}', now - 86400_000, 0]))
    return ids
  }
})
