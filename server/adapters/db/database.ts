// Opens the store: embedded SQLite by default (WAL, so a committed write survives kill -9), or
// PostgreSQL (and compatible engines) when DATABASE_URL is set. Migrations run on open. Either way the
// driver's faults (a lost connection, a full disk) reach the rest of the server as StoreUnavailable.
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely'
import type { Database } from './schema'
import { migrationProvider } from './migrations'
import { withFaultTranslation } from './fault-translating-dialect'
import { logError } from '../../kernel/log'

export interface StoreOptions {
  sqlitePath?: string
  databaseUrl?: string | null
  /** PostgreSQL schema to use (tests run each suite in its own). */
  pgSchema?: string
  poolSize?: number
  /** PostgreSQL `application_name` of this process's connections (pg_stat_activity shows it). */
  applicationName?: string
  /** SQLite: the most pages the file may grow to (PRAGMA max_page_count); past it writes fail with SQLITE_FULL. */
  sqliteMaxPageCount?: number | null
}

/** How long a request waits for a new PostgreSQL connection before it is answered as unavailable. */
const PG_CONNECT_TIMEOUT_MS = 3000

/**
 * The pool's and its clients' 'error' events. A connection the server ends (pg_terminate_backend, a
 * restart, a network cut) emits one, on the pool while idle and on the client while checked out; unheard,
 * either is an uncaught exception that ends the process. The query that was running fails on its own; the
 * broken client leaves the pool at release and the next request opens a fresh one.
 */
function keepPoolAlive(pool: import('pg').Pool, what: string): void {
  let logged = 0
  const heard = (e: Error) => {
    // One line per burst is enough: a terminated pool reports once per client.
    const now = Date.now()
    if (now - logged > 1000) { logged = now; logError(`${what}: connection lost`, e) }
  }
  pool.on('error', heard)
  pool.on('connect', client => { client.on('error', heard) })
}

const pools = new WeakMap<Kysely<Database>, import('pg').Pool>()

/** The PostgreSQL pool under a store opened here (its counters, for metrics); undefined on SQLite. */
export function poolOf(db: Kysely<Database>): import('pg').Pool | undefined {
  return pools.get(db)
}

export async function openDatabase(options: StoreOptions): Promise<Kysely<Database>> {
  let db: Kysely<Database>
  let migrationSchema: string | undefined
  if (options.databaseUrl) {
    const pg = await import('pg')
    const Pool = pg.default?.Pool ?? (pg as unknown as { Pool: typeof import('pg').Pool }).Pool
    const types = pg.default?.types ?? (pg as unknown as { types: typeof import('pg').types }).types
    types.setTypeParser(20, v => Number(v)) // int8 → number: our bigints are epoch ms, far below 2^53
    const schema = options.pgSchema?.replace(/[^a-z0-9_]/g, '')
    const common = { connectionString: options.databaseUrl, connectionTimeoutMillis: PG_CONNECT_TIMEOUT_MS, application_name: options.applicationName }
    if (schema) {
      const setup = new Pool({ ...common, max: 1 })
      keepPoolAlive(setup, 'schema setup')
      try { await setup.query(`create schema if not exists ${schema}`) } finally { await setup.end() }
    }
    const pool = new Pool({
      ...common,
      max: options.poolSize ?? 10,
      ...(schema ? { options: `-c search_path=${schema}` } : {})
    })
    keepPoolAlive(pool, 'database')
    db = new Kysely<Database>({ dialect: withFaultTranslation(new PostgresDialect({ pool })) })
    pools.set(db, pool)
    // Kysely looks for its migration tables in every schema unless told which: another schema's tables
    // (another app, or a parallel test suite) would stop it creating its own. Ours is where we write.
    migrationSchema = (await pool.query('select current_schema() as s')).rows[0].s as string
  } else {
    const { default: SQLite } = await import('better-sqlite3')
    const sqlite = new SQLite(options.sqlitePath ?? ':memory:')
    sqlite.pragma('journal_mode = WAL')
    sqlite.pragma('synchronous = NORMAL')
    sqlite.pragma('busy_timeout = 10000')
    sqlite.pragma('foreign_keys = ON')
    // Reads through a memory map skip a copy per page: point reads (every code refresh) ~20% faster here.
    sqlite.pragma('mmap_size = 268435456')
    db = new Kysely<Database>({ dialect: withFaultTranslation(new SqliteDialect({ database: withStatementCache(sqlite) })) })
  }
  await migrate(db, migrationSchema)
  // After the migrations, which must always be able to finish.
  if (!options.databaseUrl && options.sqliteMaxPageCount) await setSqliteMaxPageCount(db, options.sqliteMaxPageCount)
  return db
}

/**
 * SQLite's cap on the file's size in pages (this connection only; it never goes below the current size).
 * Answers the cap in force and the file's size now.
 */
export async function setSqliteMaxPageCount(db: Kysely<Database>, pages: number | null): Promise<{ maxPageCount: number; pageCount: number }> {
  if (pages !== null) {
    if (!Number.isInteger(pages) || pages < 1) throw new Error('max_page_count must be a whole number of pages, at least 1')
    await sql.raw(`pragma max_page_count = ${pages}`).execute(db)
  }
  const max = await sql.raw<{ max_page_count: number }>('pragma max_page_count').execute(db)
  const count = await sql.raw<{ page_count: number }>('pragma page_count').execute(db)
  return { maxPageCount: Number(max.rows[0].max_page_count), pageCount: Number(count.rows[0].page_count) }
}

/**
 * Kysely's SQLite driver prepares every statement anew; preparing was the largest single cost on the
 * refresh path. Statements are reusable, so keep the prepared ones (a bounded number; DDL is not cached).
 */
function withStatementCache<D extends { prepare: (sql: string) => unknown }>(db: D, limit = 500): D {
  const cache = new Map<string, unknown>()
  const prepare = db.prepare.bind(db)
  return new Proxy(db, {
    get(target, prop, receiver) {
      if (prop !== 'prepare') {
        const v = Reflect.get(target, prop, receiver)
        return typeof v === 'function' ? v.bind(target) : v
      }
      return (sql: string) => {
        let stmt = cache.get(sql)
        if (!stmt) {
          stmt = prepare(sql)
          if (/^\s*(select|insert|update|delete|with)\b/i.test(sql)) {
            if (cache.size >= limit) cache.clear()
            cache.set(sql, stmt)
          }
        }
        return stmt
      }
    }
  })
}

export async function migrate(db: Kysely<Database>, migrationTableSchema?: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const { error, results } = await new Migrator({ db, provider: migrationProvider, migrationTableSchema }).migrateToLatest()
    if (!error) return
    // Kysely finds its own tables by introspecting every schema of the database; one that another tenant (another
    // region, a parallel test suite) drops meanwhile fails that catalog query, naming the schema or one of
    // its tables. Nothing was migrated: try again.
    const message = (error as Error).message ?? ''
    const gone = /schema "([^"]+)" does not exist/.exec(message) ?? /relation "([^".]+)\.[^"]+" does not exist/.exec(message)
    const failed = results?.find(r => r.status === 'Error')
    if (gone && gone[1] !== migrationTableSchema && !failed && attempt < 5) continue
    throw new Error(`migration ${failed?.migrationName ?? ''} failed: ${(error as Error).message ?? error}`)
  }
}
