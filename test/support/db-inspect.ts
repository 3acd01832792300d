// Reads the host's store directly, to check what was (and was not) written.
import Database from 'better-sqlite3'
import { Client } from 'pg'
import { join } from 'node:path'
import { TEST_DATABASE_URL } from './postgres'

export interface Inspector {
  rows: (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>
  count: (table: string) => Promise<number>
  dump: () => Promise<string>
  close: () => Promise<void>
}

export async function inspectSqlite(dataDir: string): Promise<Inspector> {
  const db = new Database(join(dataDir, 'healthcode.db'), { readonly: true, fileMustExist: true })
  const rows = async (sql: string, params: unknown[] = []) => db.prepare(sql.replace(/\$\d+/g, '?')).all(...params) as Record<string, unknown>[]
  return {
    rows,
    count: async table => Number((db.prepare(`select count(*) n from ${table}`).get() as { n: number }).n),
    dump: async () => {
      const tables = db.prepare("select name from sqlite_master where type='table'").all() as { name: string }[]
      return tables.map(t => JSON.stringify(db.prepare(`select * from "${t.name}"`).all())).join('\n')
    },
    close: async () => { db.close() }
  }
}

export async function inspectPostgres(schema: string): Promise<Inspector> {
  const client = new Client({ connectionString: TEST_DATABASE_URL, options: `-c search_path=${schema}` })
  await client.connect()
  const rows = async (sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows
  return {
    rows,
    count: async table => Number((await client.query(`select count(*) n from ${table}`)).rows[0].n),
    dump: async () => {
      const tables = (await client.query('select table_name from information_schema.tables where table_schema = $1', [schema])).rows
      const parts: string[] = []
      for (const t of tables) parts.push(JSON.stringify((await client.query(`select * from "${t.table_name}"`)).rows))
      return parts.join('\n')
    },
    close: () => client.end()
  }
}
