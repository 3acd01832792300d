// `healthcode audit-log verify`: checks the hash chain and its signed checkpoints; names the first bad
// entry and exits 1 on any edit, deletion or reordering. `audit-log checkpoint` signs the head now.
import { parse, readJsonFile, UsageError, Io } from '../args'
import { loadConfig } from '../../runtime/config'
import { createContainer } from '../../runtime/container'
import { verifyAuditChain } from '../../usecases/audit-log/verify-chain'
import { checkpointNow } from '../../usecases/audit-log/checkpoints'
import type { TrustListJson } from '@core/credential/trust-list'

export async function auditLog(argv: string[], io: Io): Promise<number> {
  const [sub, ...rest] = argv
  if (sub !== 'verify' && sub !== 'checkpoint') throw new UsageError('usage: healthcode audit-log verify [--trust trust.json] | audit-log checkpoint')
  const { values } = parse(rest, { trust: { type: 'string' } })
  const c = await createContainer(loadConfig())
  try {
    if (sub === 'checkpoint') {
      io.out(JSON.stringify({ checkpointed: await checkpointNow(c.store, c.keys.checkpoint, c.clock) }))
      return 0
    }
    // An independently held trust list is the stronger check: keys beside the store could be replaced too.
    const keys = values.trust ? readJsonFile<TrustListJson>(values.trust, 'trust list').issuers ?? [] : c.keys.trustEntries()
    const report = await verifyAuditChain(c.store, keys)
    io.out(JSON.stringify(report))
    return report.ok ? 0 : 1
  } finally {
    await c.close()
  }
}
