// The PostgreSQL on this machine (TEST_DATABASE_URL, default postgres://127.0.0.1:5432/test). Each suite
// works in its own schema, dropped afterwards. When no server answers, suites skip with a printed notice.
import { randomBytes } from 'node:crypto'
import { Client } from 'pg'
import { userInfo } from 'node:os'

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? `postgres://${userInfo().username}@127.0.0.1:5432/test`

let reachable: Promise<boolean> | null = null

/** Decided once in jest's global setup (test/support/global-setup.ts), so suites can skip visibly at definition time. */
export const PG_AVAILABLE = process.env.HC_PG_REACHABLE === '1'

export function postgresReachable(): Promise<boolean> {
  if (!reachable) {
    reachable = (async () => {
      const client = new Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 3000 })
      try {
        await client.connect()
        await client.query('select 1')
        return true
      } catch (e) {
        console.warn(`NOTICE: PostgreSQL not reachable at ${TEST_DATABASE_URL} (${(e as Error).message}); PostgreSQL tests are SKIPPED, not passed.`)
        return false
      } finally {
        await client.end().catch(() => undefined)
      }
    })()
  }
  return reachable
}

export function freshSchemaName(prefix = 'hc_test'): string {
  return `${prefix}_${randomBytes(5).toString('hex')}`
}

export async function dropSchema(schema: string): Promise<void> {
  const client = new Client({ connectionString: TEST_DATABASE_URL })
  await client.connect()
  try {
    await client.query(`drop schema if exists ${schema} cascade`)
  } finally {
    await client.end()
  }
}
