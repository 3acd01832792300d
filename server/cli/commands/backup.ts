// `healthcode backup --out <file>`: a consistent copy of the embedded SQLite store, safe while the host
// runs (SQLite's online backup API). PostgreSQL deployments use pg_dump instead (README).
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { parse, required, UsageError, Io } from '../args'
import { loadConfig } from '../../runtime/config'

export async function backup(argv: string[], io: Io): Promise<number> {
  const { values } = parse(argv, { out: { type: 'string' } })
  const out = required(values.out, '--out')
  const config = loadConfig()
  if (config.databaseUrl) throw new UsageError('DATABASE_URL is set: back up PostgreSQL with pg_dump (see README)')
  const source = join(config.dataDir, 'healthcode.db')
  if (!existsSync(source)) throw new UsageError(`no store at ${source} (set DATA_DIR)`)
  if (existsSync(out)) throw new UsageError(`${out} exists; choose a new file`)
  const { default: SQLite } = await import('better-sqlite3')
  const db = new SQLite(source, { readonly: true, fileMustExist: true })
  try {
    const result = await db.backup(out)
    io.out(JSON.stringify({ backup: out, pages: result.totalPages }))
  } finally {
    db.close()
  }
  return 0
}
