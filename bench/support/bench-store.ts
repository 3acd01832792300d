// Where the api bench's host keeps its data: SQLite in the host's data folder, or (--pg) the local
// PostgreSQL in a fresh schema that is dropped afterwards. Declarations are counted from the store
// itself, so the count after kill -9 is what a restarted host would see.
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { Client } from 'pg'
import { startHost, RunningHost } from '../../test/support/host'
import { TEST_DATABASE_URL, dropSchema, freshSchemaName } from '../../test/support/postgres'

export interface BenchHost {
  host: RunningHost
  countDeclarations: () => Promise<number>
  /** Stops the host if it still runs and removes the PostgreSQL schema. */
  dispose: () => Promise<void>
}

// 64 wrk connections over 2 workers: 16 connections a worker keep enough commits in flight for
// PostgreSQL's group commit, and 2 × 16 stays far below max_connections (100 by default).
const PG_POOL_SIZE = '16'

export async function startBenchHost(env: Record<string, string>, pg: boolean): Promise<BenchHost> {
  if (!pg) {
    const host = await startHost({ env })
    return {
      host,
      countDeclarations: async () => {
        const db = new Database(join(host.dataDir, 'healthcode.db'), { readonly: true })
        try { return Number((db.prepare('select count(*) n from declarations').get() as { n: number }).n) } finally { db.close() }
      },
      dispose: () => host.stop()
    }
  }
  const schema = freshSchemaName('hc_bench')
  let host: RunningHost
  try {
    host = await startHost({ databaseUrl: TEST_DATABASE_URL, pgSchema: schema, env: { ...env, PG_POOL_SIZE } })
  } catch (e) {
    await dropSchema(schema)
    throw e
  }
  return {
    host,
    countDeclarations: async () => {
      const client = new Client({ connectionString: TEST_DATABASE_URL })
      await client.connect()
      try { return Number((await client.query(`select count(*) n from ${schema}.declarations`)).rows[0].n) } finally { await client.end() }
    },
    dispose: async () => { await host.stop(); await dropSchema(schema) }
  }
}
