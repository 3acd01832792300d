// Runs once before every jest project: decides whether the PostgreSQL suites run (printing a notice when
// they cannot), and resolves Chromium once so parallel workers never unpack it at the same time.
import { postgresReachable, TEST_DATABASE_URL } from './postgres'
import { resolveChromium } from './chromium'

export default async function globalSetup(): Promise<void> {
  const ok = await postgresReachable()
  process.env.HC_PG_REACHABLE = ok ? '1' : '0'
  await resolveChromium()
  if (!ok) process.stdout.write(`\nNOTICE: no PostgreSQL at ${TEST_DATABASE_URL}: the PostgreSQL suites are SKIPPED (reported as skipped, never passed).\n`)
}
