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
  const answers = await Promise.all(Array.from({ length: READS }, (_, i) => hosts[i % hosts.length].call('audit-queue', {}, token)))
  return answers.map(a => a.body.code)
}

const readEntries = async (db: Inspector) => Number((await db.rows("select count(*) as n from audit_log where action = 'read.queue'"))[0].n)

describe('audit-log appends under concurrency', () => {
  it('SQLite, 2 workers: 1,000 concurrent staff reads, no error, one entry each, the chain verifies', async () => {
    const host = await startHost({ workers: 2 })
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
    const first = await startHost({ databaseUrl: TEST_DATABASE_URL, pgSchema: schema })
    // The second host shares the store and the keys (as hosts behind one load balancer do).
    const second = await startHost({ databaseUrl: TEST_DATABASE_URL, pgSchema: schema, env: { KEYS_DIR: join(first.dataDir, 'keys'), DEMO: '0' } })
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
