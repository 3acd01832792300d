// `healthcode purge [--before <date>]` and `healthcode decommission --yes [--out report.json]`
// (`decommission --verify report.json [--trust trust.json]` checks a report's signature).
import { writeFileSync } from 'node:fs'
import { parse, parseTime, readJsonFile, UsageError, Io } from '../args'
import { loadConfig } from '../../runtime/config'
import { createContainer } from '../../runtime/container'
import { decommission as decommissionOf, purgeExpired } from '../../runtime/maintenance'
import { verifyDeletionReport, type DeletionReport } from '../../usecases/retention/decommission'
import type { TrustListJson } from '@core/credential/trust-list'

export async function purge(argv: string[], io: Io): Promise<number> {
  const { values } = parse(argv, { before: { type: 'string' } })
  const c = await createContainer(loadConfig())
  try {
    const counts = await purgeExpired(c).execute(values.before ? { before: parseTime(values.before, '--before') } : {})
    io.out(JSON.stringify(counts))
    return 0
  } finally {
    await c.close()
  }
}

export async function decommission(argv: string[], io: Io): Promise<number> {
  const { values } = parse(argv, { yes: { type: 'boolean' }, out: { type: 'string' }, verify: { type: 'string' }, trust: { type: 'string' } })
  if (values.verify) {
    const report = readJsonFile<DeletionReport>(values.verify, 'deletion report')
    const c = values.trust ? null : await createContainer(loadConfig())
    const issuers = values.trust ? readJsonFile<TrustListJson>(values.trust, 'trust list').issuers ?? [] : c!.keys.trustEntries()
    await c?.close()
    const ok = verifyDeletionReport(report, issuers)
    io.out(JSON.stringify({ valid: ok, region: report.region, total: report.total }))
    return ok ? 0 : 1
  }
  if (!values.yes) throw new UsageError('decommission deletes all personal data of the region: add --yes to confirm')
  const c = await createContainer(loadConfig())
  try {
    const report = await decommissionOf(c).execute()
    if (values.out) writeFileSync(values.out, JSON.stringify(report, null, 2) + '\n')
    io.out(JSON.stringify(report))
    return 0
  } finally {
    await c.close()
  }
}
