// Which engine a Kysely instance talks to; migrations and a few hot queries differ by dialect.
import { Kysely, SqliteAdapter } from 'kysely'

export type Engine = 'sqlite' | 'postgres'

export function engineOf(db: Kysely<any>): Engine {
  return db.getExecutor().adapter instanceof SqliteAdapter ? 'sqlite' : 'postgres'
}
