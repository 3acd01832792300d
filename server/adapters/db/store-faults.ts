// What the database's errors mean to the rest of the server. A lost connection, a database that cannot
// take one more client, a full disk or an I/O error is not a bug in the request: nothing was done, and the
// same request will work once the database is back. Such errors become one typed StoreUnavailable at the
// store's boundary (database.ts wraps the driver), and the edge answers it with 50302 and a Retry-After.
// Every other error (a constraint, a bad query) passes through untouched.

/** Store faults a caller may retry after a short wait; `reason` is the engine's own code, for the log. */
export class StoreUnavailable extends Error {
  /** `fault`: the engine's error, as thrown. */
  constructor(readonly reason: string, readonly retryAfterSeconds: number, readonly fault: unknown) {
    // The engine's code stays in the message, so the log line names the real cause (SQLITE_FULL, 57P01…).
    super(`store unavailable (${reason}): ${(fault as Error)?.message ?? String(fault)}`)
    this.name = 'StoreUnavailable'
  }
}

export function isStoreUnavailable(e: unknown): e is StoreUnavailable {
  return e instanceof StoreUnavailable
}

/** PostgreSQL SQLSTATEs of a connection that is gone or was refused, with the seconds worth waiting. */
const PG_STATES: Record<string, number> = {
  '57P01': 1, // admin_shutdown: pg_terminate_backend, or the server stopping
  '57P02': 2, // crash_shutdown
  '57P03': 2, // cannot_connect_now: starting up or in recovery
  '08000': 1, // connection_exception
  '08001': 2, // sqlclient_unable_to_establish_sqlconnection
  '08003': 1, // connection_does_not_exist
  '08004': 2, // sqlserver_rejected_establishment_of_sqlconnection
  '08006': 1, // connection_failure
  '53300': 2, // too_many_connections
  '53100': 2 // disk_full
}

/** Socket errors on the way to the database server. */
const NET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN'])

/** node-postgres and pg-pool say these in words, without a code. */
const PG_LOST = /Connection terminated|not queryable|timeout exceeded when trying to connect|Connection (?:ended|closed) unexpectedly/i

/**
 * SQLite: the disk or the file's size limit is full, an I/O error (and its extended codes), or the write lock
 * stayed taken beyond busy_timeout.
 */
const SQLITE_CODES = /^SQLITE_(FULL|IOERR(_\w+)?|BUSY(_\w+)?)$/

/** The fault as a StoreUnavailable, or null when the error is something else. */
export function storeFault(e: unknown): StoreUnavailable | null {
  if (e instanceof StoreUnavailable) return e
  if (!e || typeof e !== 'object') return null
  const code = typeof (e as { code?: unknown }).code === 'string' ? (e as { code: string }).code : ''
  if (code in PG_STATES) return new StoreUnavailable(code, PG_STATES[code], e)
  if (NET_CODES.has(code)) return new StoreUnavailable(code, 2, e)
  if (SQLITE_CODES.test(code)) return new StoreUnavailable(code, 2, e)
  if (!code && PG_LOST.test((e as Error).message ?? '')) return new StoreUnavailable('connection lost', 1, e)
  return null
}

/** PostgreSQL asks the transaction to be run again: serialization_failure, deadlock_detected. */
export function isRetryableConflict(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code
  return code === '40001' || code === '40P01'
}
