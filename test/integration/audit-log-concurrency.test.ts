// Staff reads are logged before they are answered, and appends never collide: each allocates its sequence
// number inside a transaction that serialises appends (BEGIN IMMEDIATE on SQLite, the chain head's row lock
// on PostgreSQL). 1,000 concurrent reads across 2 workers, and across 2 hosts on one PostgreSQL: no error,
// one entry each, and `healthcode audit-log verify` accepts the chain.
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { ReturnCode } from '@core/api/return-codes'
import { startHost, RunningHost } from '../support/host'
import { inspectPostgres, inspectSqlite, Inspector } from '../support/db-inspect'
import { dropSchema, freshSchemaName, PG_AVAILABLE, TEST_DATABASE_URL } from '../support/postgres'

const READS = 1000
const root = join(__dirname, '..', '..')

function verifyChain(env: Record<string, string>): { status: number | null; out: string } {
  const r = spawnSync(process.execPath, [join(root, 'bin', 'healthcode.js'), 'audit-log', 'verify'], { env: { ...process.env, ...env }, encoding: 'utf8' })
  return { status: r.status, out: r.stdout + r.stderr }
}

/** `READS` queue reads by one auditor, spread over the hosts, all at once. */
async function concurrentReads(hosts: RunningHost[]): Promise<number[]> {
  const token = await hosts[0].login('13800000002')
  // A call answered 50302 did nothing (a pool that stayed busy past its wait, on a loaded machine): sent
  // again, as the app's gateway does, so every read ends in exactly one entry or the test fails.
  const read = async (host: RunningHost) => {
    for (let attempt = 0; ; attempt++) {
      const a = await host.call('audit-queue', {}, token)
      if (a.body.code !== ReturnCode.BUSY || attempt === 5) return a.body.code as number
      await new Promise(r => setTimeout(r, 200 + Math.random() * 800))
    }
  }
  return Promise.all(Array.from({ length: READS }, (_, i) => read(hosts[i % hosts.length])))
}

const readEntries = async (db: Inspector) => Number((await db.rows("select count(*) as n from audit_log where action = 'read.queue'"))[0].n)

// All 1,000 calls arrive at once: lift the per-worker bound so none is shed, since what is tested here is
// that appends never collide, not load shedding (test/integration/load-shedding.test.ts).
const UNBOUNDED = { MAX_IN_FLIGHT: '5000' }

describe('audit-log appends under concurrency', () => {
  it('SQLite, 2 workers: 1,000 concurrent staff reads, no error, one entry each, the chain verifies', async () => {
    const host = await startHost({ workers: 2, env: UNBOUNDED })
    try {
      const codes = await concurrentReads([host])
      expect(codes.filter(c => c !== ReturnCode.OK)).toEqual([])
      const db = await inspectSqlite(host.dataDir)
      expect(await readEntries(db)).toBe(READS)
      await db.close()
      const v = verifyChain({ DATA_DIR: host.dataDir, DATABASE_URL: '', PG_SCHEMA: '' })
      expect([v.status, v.out]).toEqual([0, expect.any(String)])
    } finally {
      await host.stop()
    }
  }, 180_000)

  ;(PG_AVAILABLE ? it : it.skip)('PostgreSQL, 2 hosts on one schema: 1,000 concurrent staff reads, no error, one entry each, the chain verifies', async () => {
    const schema = freshSchemaName('hc_audit')
    const first = await startHost({ databaseUrl: TEST_DATABASE_URL, pgSchema: schema, env: UNBOUNDED })
    // The second host shares the store and the keys (as hosts behind one load balancer do).
    const second = await startHost({ databaseUrl: TEST_DATABASE_URL, pgSchema: schema, env: { ...UNBOUNDED, KEYS_DIR: join(first.dataDir, 'keys'), DEMO: '0' } })
    try {
      const codes = await concurrentReads([first, second])
      expect(codes.filter(c => c !== ReturnCode.OK)).toEqual([])
      const db = await inspectPostgres(schema)
      expect(await readEntries(db)).toBe(READS)
      await db.close()
      const v = verifyChain({ DATA_DIR: first.dataDir, DATABASE_URL: TEST_DATABASE_URL, PG_SCHEMA: schema })
      expect([v.status, v.out]).toEqual([0, expect.any(String)])
    } finally {
      await second.stop()
      await first.stop()
      await dropSchema(schema)
    }
  }, 180_000)
})
