// Re-audits a set of citizens in batches: evaluate (pure), then write only what changed, one transaction
// per batch. Used by the background job after data or rules change, and in dry-run form by import previews.
import { evaluateRules, nextStatus } from '@core/rules'
import type { Store } from '../../ports/store'
import type { PiiProtector } from '../../ports/pii-protector'
import type { RuleSource } from '../../ports/rule-source'
import type { RiskArea } from '../../ports/risk-area-store'
import type { PersonRecords } from '../../ports/audit-data-store'
import { buildFactsBatch } from './batch-facts'
import { applyStatus, AuditContext } from './apply-status'
import { respectManual } from './manual-hold'

export interface ReauditDeps {
  store: Store
  pii: PiiProtector
  rules: RuleSource
  pseudonymOf: (accountId: string) => Uint8Array
}

export interface BatchResult {
  evaluated: number
  changed: number
  colourChanges: { accountId: string; from: string | null; to: string }[]
}

/**
 * Evaluates one batch; writes unless `dryRun`. `commit` runs first in the batch's transaction (opened even
 * when nothing else is written): a job records its progress there, so a batch's status changes and the
 * record that it is done commit together, or neither does.
 */
export async function reassessBatch(deps: ReauditDeps, region: string, accountIds: string[], nowMs: number, areas: RiskArea[],
  ctx: Omit<AuditContext, 'pseudonymOf'>, options: { dryRun?: boolean; extra?: Map<string, PersonRecords>; commit?: (tx: Store, result: BatchResult) => Promise<void> } = {}): Promise<BatchResult> {
  const rules = await deps.rules.current(region, deps.store)
  const batch = await buildFactsBatch(deps.store, deps.pii, accountIds, nowMs, areas, options.extra)
  const statuses = await deps.store.statuses.findMany(batch.map(b => b.citizen.accountId))
  const decided = batch.map(b => {
    const current = statuses.get(b.citizen.accountId) ?? null
    const facts = b.assembled.facts
    return { b, current, transition: respectManual(current?.record ?? null, nextStatus(current?.record ?? null, evaluateRules(rules, facts), facts), facts) }
  })
  const result: BatchResult = { evaluated: batch.length, changed: 0, colourChanges: [] }
  for (const d of decided) {
    if (d.current && d.current.record.status !== d.transition.next.status) result.colourChanges.push({ accountId: d.b.citizen.accountId, from: d.current.record.status, to: d.transition.next.status })
    if (d.transition.changed) result.changed++
  }
  if (options.dryRun) return result
  const writes = decided.filter(d => d.transition.changed || !d.current || d.current.testValidUntil !== d.b.assembled.checkpoint.testValidUntil || d.current.vaccinated !== d.b.assembled.checkpoint.vaccinated)
  if (writes.length || options.commit) {
    await deps.store.transaction(async tx => {
      await options.commit?.(tx, result)
      for (const d of writes) {
        await applyStatus(tx, { ...ctx, pseudonymOf: deps.pseudonymOf }, d.b.citizen.accountId, d.b.citizen.region, d.current, d.transition, d.b.assembled, nowMs)
      }
    })
  }
  return result
}
