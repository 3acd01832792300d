// Wraps a Kysely dialect so that every query, connection and transaction statement throws store faults
// as StoreUnavailable (store-faults.ts): repositories, the unit of work and the edge then see one typed
// error for "the database is briefly not there", whichever engine and whichever call ran into it.
import type { CompiledQuery, DatabaseConnection, Dialect, Driver, QueryResult, TransactionSettings } from 'kysely'
import { storeFault } from './store-faults'

function translated(e: unknown): unknown {
  return storeFault(e) ?? e
}

function rethrowTranslated(e: unknown): never {
  throw translated(e)
}

async function guard<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  } catch (e) {
    throw translated(e)
  }
}

class TranslatingConnection implements DatabaseConnection {
  constructor(readonly inner: DatabaseConnection) {}

  executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    // Every query of the hot path comes through here: no extra async frame. SQLite's connection throws
    // synchronously (from prepare() or run()), PostgreSQL's rejects; both leave translated.
    try {
      return this.inner.executeQuery<R>(query).catch(rethrowTranslated)
    } catch (e) {
      return Promise.reject(translated(e))
    }
  }

  async *streamQuery<R>(query: CompiledQuery, chunkSize?: number): AsyncIterableIterator<QueryResult<R>> {
    try {
      yield* this.inner.streamQuery<R>(query, chunkSize)
    } catch (e) {
      throw translated(e)
    }
  }
}

class TranslatingDriver implements Driver {
  /** One wrapper per driver connection (PostgreSQL reuses a pooled client's connection object). */
  private readonly wrappers = new WeakMap<DatabaseConnection, TranslatingConnection>()

  constructor(private readonly inner: Driver) {}

  init(): Promise<void> { return guard(() => this.inner.init()) }

  async acquireConnection(): Promise<DatabaseConnection> {
    const conn = await guard(() => this.inner.acquireConnection())
    let wrapper = this.wrappers.get(conn)
    if (!wrapper) this.wrappers.set(conn, wrapper = new TranslatingConnection(conn))
    return wrapper
  }

  beginTransaction(c: DatabaseConnection, settings: TransactionSettings): Promise<void> { return guard(() => this.inner.beginTransaction(innerOf(c), settings)) }
  commitTransaction(c: DatabaseConnection): Promise<void> { return guard(() => this.inner.commitTransaction(innerOf(c))) }
  rollbackTransaction(c: DatabaseConnection): Promise<void> { return guard(() => this.inner.rollbackTransaction(innerOf(c))) }

  savepoint(c: DatabaseConnection, name: string, compile: Parameters<NonNullable<Driver['savepoint']>>[2]): Promise<void> {
    return guard(() => this.inner.savepoint!(innerOf(c), name, compile))
  }

  rollbackToSavepoint(c: DatabaseConnection, name: string, compile: Parameters<NonNullable<Driver['rollbackToSavepoint']>>[2]): Promise<void> {
    return guard(() => this.inner.rollbackToSavepoint!(innerOf(c), name, compile))
  }

  releaseSavepoint(c: DatabaseConnection, name: string, compile: Parameters<NonNullable<Driver['releaseSavepoint']>>[2]): Promise<void> {
    return guard(() => this.inner.releaseSavepoint!(innerOf(c), name, compile))
  }

  releaseConnection(c: DatabaseConnection): Promise<void> { return this.inner.releaseConnection(innerOf(c)) }
  destroy(): Promise<void> { return this.inner.destroy() }
}

function innerOf(c: DatabaseConnection): DatabaseConnection {
  return c instanceof TranslatingConnection ? c.inner : c
}

/** The same dialect (adapter, compiler, introspector), its driver's errors translated. */
export function withFaultTranslation(dialect: Dialect): Dialect {
  return {
    createAdapter: () => dialect.createAdapter(),
    createDriver: () => new TranslatingDriver(dialect.createDriver()),
    createIntrospector: db => dialect.createIntrospector(db),
    createQueryCompiler: () => dialect.createQueryCompiler()
  }
}
