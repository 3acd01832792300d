// Two stores in two schemas of one PostgreSQL database (two regions, or parallel suites): each migrates
// its own schema, whatever the other already holds.
import { Client } from 'pg'
import { openDatabase } from '../../server/adapters/db/database'
import { dropSchema, freshSchemaName, PG_AVAILABLE, TEST_DATABASE_URL } from '../support/postgres'

const maybe = PG_AVAILABLE ? it : it.skip

maybe('a second schema is migrated although the first already has its migration tables', async () => {
  const first = freshSchemaName()
  const second = freshSchemaName()
  try {
    const a = await openDatabase({ databaseUrl: TEST_DATABASE_URL, pgSchema: first, poolSize: 1 })
    await a.destroy()
    const b = await openDatabase({ databaseUrl: TEST_DATABASE_URL, pgSchema: second, poolSize: 1 })
    await b.destroy()
    const client = new Client({ connectionString: TEST_DATABASE_URL })
    await client.connect()
    const rows = (await client.query(`select table_schema, count(*)::int n from information_schema.tables
      where table_schema in ($1, $2) and table_name in ('kysely_migration', 'accounts', 'grants') group by table_schema`, [first, second])).rows
    await client.end()
    expect(Object.fromEntries(rows.map(r => [r.table_schema, r.n]))).toEqual({ [first]: 3, [second]: 3 })
  } finally {
    await dropSchema(first)
    await dropSchema(second)
  }
}, 60_000)
