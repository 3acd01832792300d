// What several hosts on one store rely on, from separate connections racing for real: a schedule lease
// goes to one caller per interval, and each job share to one claimer at a time, on SQLite (one file,
// several connections) and on PostgreSQL (FOR UPDATE SKIP LOCKED; skipped visibly without a server).
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Kysely } from 'kysely'
import { openDatabase } from '../../server/adapters/db/database'
import type { Database } from '../../server/adapters/db/schema'
import { JobRepository } from '../../server/adapters/db/repositories/job-repository'
import { ScheduleLeaseRepository } from '../../server/adapters/db/repositories/schedule-lease-repository'
import { dropSchema, freshSchemaName, PG_AVAILABLE, TEST_DATABASE_URL } from '../support/postgres'

const CONNECTIONS = 6

describe.each([['sqlite'], ['postgres']] as const)('shared work on one %s store', engine => {
  const maybe = engine === 'postgres' && !PG_AVAILABLE ? it.skip : it
  const schema = freshSchemaName()
  const dir = mkdtempSync(join(tmpdir(), 'hc-shared-'))
  let dbs: Kysely<Database>[] = []

  beforeAll(async () => {
    if (engine === 'postgres' && !PG_AVAILABLE) return
    const open = () => openDatabase(engine === 'postgres' ? { databaseUrl: TEST_DATABASE_URL, pgSchema: schema, poolSize: 2 } : { sqlitePath: join(dir, 'healthcode.db') })
    dbs = [await open()]
    for (let i = 1; i < CONNECTIONS; i++) dbs.push(await open())
  }, 60_000)
  afterAll(async () => {
    for (const db of dbs) await db.destroy()
    if (engine === 'postgres' && PG_AVAILABLE) await dropSchema(schema)
  })

  maybe('a schedule lease goes to exactly one of the racing processes per interval', async () => {
    const leases = dbs.map((db, i) => new ScheduleLeaseRepository(db, `process-${i}`))
    const start = 1_000_000
    const winners: number[] = []
    for (let k = 0; k < 10; k++) {
      const now = start + k * 2000
      // Every process asks at its own instant inside the interval, all at once.
      const won = await Promise.all(leases.map((l, i) => l.tryRun('race', 2000, now + i)))
      winners.push(won.filter(Boolean).length)
    }
    expect(winners).toEqual(Array(10).fill(1))
    expect(await Promise.all(leases.map(l => l.tryRun('race', 2000, start + 9 * 2000 + 1999)))).toEqual(Array(CONNECTIONS).fill(false))
  }, 60_000)

  maybe('each share of a job goes to one claimer, and a lapsed one to exactly one other', async () => {
    const repos = dbs.map(db => new JobRepository(db))
    const jobId = `job-${engine}`
    await repos[0].create({ id: jobId, region: '330100', kind: 'reaudit', state: 'queued', params: { reason: 'test' }, total: 0, done: 0, changed: 0, createdBy: 'test', createdAt: 1, updatedAt: 1, error: null })
    const scopes = Array.from({ length: 30 }, (_, i) => ({ ids: [`a${i}`] }))
    expect((await Promise.all(repos.map(r => r.split(jobId, scopes, 1)))).filter(Boolean)).toHaveLength(1)
    // Every connection claims as fast as it can until nothing is left.
    const claimed = await Promise.all(repos.map(async (r, i) => {
      const mine: number[] = []
      for (;;) {
        const share = await r.claimShare(`owner-${i}`, 10, 10_000, jobId)
        if (!share) return mine
        mine.push(share.seq)
      }
    }))
    const all = claimed.flat().sort((a, b) => a - b)
    expect(all).toEqual(scopes.map((_, i) => i))
    // Nothing is claimable while the leases hold; once they lapse, each share goes to one claimer again.
    expect(await repos[1].claimShare('late', 9_999, 20_000, jobId)).toBeNull()
    const again = await Promise.all(repos.map(r => r.claimShare('other', 10_001, 20_000, jobId)))
    expect(new Set(again.map(s => s!.seq)).size).toBe(CONNECTIONS)
    // A finished share is not claimed again, and the job ends when the last share does.
    for (const [i, seqs] of claimed.entries()) {
      for (const seq of seqs) {
        const holder = again.some(s => s!.seq === seq) ? 'other' : `owner-${i}`
        expect(await repos[i].advanceShare(jobId, seq, holder, { resumeAfter: `a${seq}`, done: 1, changed: seq % 2, finished: true }, 0, 11_000)).toBe(true)
      }
    }
    expect((await Promise.all(repos.map(r => r.finishIfComplete(jobId, 12_000)))).filter(Boolean)).toHaveLength(1)
    expect(await repos[0].find(jobId)).toMatchObject({ state: 'done', done: 30, changed: 15, total: 30 })
  }, 60_000)
})
