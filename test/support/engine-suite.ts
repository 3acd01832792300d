// One suite run on each store engine through the real host: SQLite in a temporary folder, and a fresh
// schema of the local PostgreSQL (dropped afterwards; the suite skips visibly when none answers).
import { startHost, RunningHost, type HostOptions } from './host'
import { dropSchema, freshSchemaName, PG_AVAILABLE, TEST_DATABASE_URL } from './postgres'

export type Engine = 'sqlite' | 'postgres'

export interface EngineSuite {
  engine: Engine
  /** The PostgreSQL schema the host uses (unused on SQLite). */
  schema: string
  /** it() with the suite's timeout, skipped when this engine is unavailable. */
  test(name: string, fn: () => Promise<void>): void
  /** Runs once the host has started (after the host's own start-up). */
  setup(fn: (host: RunningHost) => Promise<void>): void
  /** Runs before the host stops, e.g. to close an inspector's connection. */
  cleanup(fn: () => Promise<void>): void
}

type ExtraHostOptions = Pick<HostOptions, 'env' | 'workers'>

/**
 * `title` may hold `%s` for the engine's name; `host` adds options to both hosts (e.g. `env` settings), or
 * makes them just before each host starts (e.g. a free port for each).
 */
export function describeOnEngines(title: string, timeoutMs: number, body: (suite: EngineSuite) => void, host: ExtraHostOptions | (() => Promise<ExtraHostOptions>) = {}): void {
  describe.each([['sqlite'], ['postgres']] as const)(title, engine => {
    const skip = engine === 'postgres' && !PG_AVAILABLE
    const schema = freshSchemaName()
    const setups: Array<(host: RunningHost) => Promise<void>> = []
    const cleanups: Array<() => Promise<void>> = []
    let running: RunningHost | undefined
    beforeAll(async () => {
      if (skip) return
      const extra = typeof host === 'function' ? await host() : host
      running = await startHost(engine === 'postgres' ? { ...extra, databaseUrl: TEST_DATABASE_URL, pgSchema: schema } : { ...extra })
      for (const fn of setups) await fn(running)
    }, 60_000)
    afterAll(async () => {
      if (!running) return
      for (const fn of cleanups) await fn()
      await running.stop()
      if (engine === 'postgres') await dropSchema(schema)
    })
    body({
      engine, schema,
      test: (name, fn) => (skip ? it.skip : it)(name, fn, timeoutMs),
      setup: fn => { setups.push(fn) },
      cleanup: fn => { cleanups.push(fn) }
    })
  })
}
