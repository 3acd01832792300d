// Writes the consequences of one audit: the status with the facts that produced it (only when it changes),
// its history, the audit-log entry, one revocation entry when the colour changes, and an in-app notice.
import { reasonText, Transition } from '@core/rules'
import type { AuditFacts } from '@core/rules'
import type { Store } from '../../ports/store'
import type { StoredStatus } from '../../ports/status-store'
import { newId } from '../../kernel/ids'
import { revokeHolder } from '../credential/revoke-holder'
import type { AssembledFacts } from './assemble-facts'

export interface AuditContext {
  pseudonymOf: (accountId: string) => Uint8Array
  actor: string
  source: 'rules' | 'import' | 'manual'
  /** Provenance: the import or request that caused this audit. */
  cause?: Record<string, unknown>
}

export interface Applied {
  changed: boolean
  colourChanged: boolean
  from: string | null
  to: string
}

const COLOURS = { green: { zh: '绿码', en: 'green' }, yellow: { zh: '黄码', en: 'yellow' }, red: { zh: '红码', en: 'red' } }

export async function applyStatus(tx: Store, ctx: AuditContext, accountId: string, region: string, current: Omit<StoredStatus, 'inputs'> | null,
  transition: Transition, assembled: AssembledFacts, nowMs: number): Promise<Applied> {
  const next = transition.next
  const facts: AuditFacts = assembled.facts
  const colourChanged = !!current && current.record.status !== next.status
  const checkpointChanged = !current || current.testValidUntil !== assembled.checkpoint.testValidUntil || current.vaccinated !== assembled.checkpoint.vaccinated
  let revokedBefore = current?.revokedBefore ?? null
  if (colourChanged) {
    revokedBefore = await revokeHolder(tx, { region, accountId, device: null, nowMs, reason: `status:${current!.record.status}->${next.status}` }, ctx.pseudonymOf)
  }
  if (transition.changed || !current) {
    // The facts that decided it are kept when the status changes, not on every evaluation.
    await tx.statuses.save({ accountId, region, record: next, inputs: facts, revokedBefore, evaluatedAt: nowMs, ...assembled.checkpoint })
  } else if (checkpointChanged) {
    await tx.statuses.saveCheckpoint(accountId, assembled.checkpoint.testValidUntil, assembled.checkpoint.vaccinated)
  }
  if (transition.changed) {
    await tx.statuses.appendHistory({ id: newId(), accountId, at: nowMs, from: current?.record.status ?? null, record: next, inputs: facts, source: ctx.source, actor: ctx.actor })
    await tx.audit.append({
      region, actor: ctx.actor, action: 'status.change', subject: accountId, reason: next.reason,
      data: { from: current?.record.status ?? null, to: next.status, rule: next.ruleId, version: next.ruleVersion, kind: transition.kind, source: ctx.source, ...(ctx.cause ?? {}) }
    })
  }
  if (colourChanged) {
    const reason = reasonText(next.reason)
    await tx.notices.add({
      id: newId(), accountId, at: nowMs, kind: 'status-changed', readAt: null,
      text: {
        title: { zh: `健康码已变为${COLOURS[next.status].zh}`, en: `Your health code is now ${COLOURS[next.status].en}` },
        body: reason ?? { zh: '状态已更新，请查看原因和转码条件', en: 'Your status changed; see why and how it ends' }
      }
    })
  }
  return { changed: transition.changed, colourChanged, from: current?.record.status ?? null, to: next.status }
}
