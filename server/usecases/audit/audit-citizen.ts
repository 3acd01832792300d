// The background audit of one citizen: gather facts, evaluate the rules in force, and apply the transition.
// A change of colour is stored with the facts that produced it, written to the status history and the
// audit log, and revokes every credential the holder was issued up to now (one revocation entry).
import { describeExit, evaluateRules, nextStatus, StatusRecord, Transition } from '@core/rules'
import type { Store } from '../../ports/store'
import type { PiiProtector } from '../../ports/pii-protector'
import type { RuleSource } from '../../ports/rule-source'
import { newId } from '../../runtime/ids'
import { buildFacts } from './facts-builder'
import { revokeHolder } from '../credential/revoke-holder'
import type { DeclaredData } from '../citizen/declared-data'

export interface AuditOutcome {
  record: StatusRecord
  transition: Transition
  colourChanged: boolean
  exitText: { zh: string; en: string } | null
}

export class AuditCitizen {
  constructor(private readonly deps: { pii: PiiProtector; rules: RuleSource; pseudonymOf: (accountId: string) => Uint8Array }) {}

  /** Runs inside the caller's transaction, so the declaration and its consequences commit together. */
  async execute(tx: Store, accountId: string, region: string, nowMs: number, actor: string, justDeclared?: { at: number; data: DeclaredData }): Promise<AuditOutcome> {
    const facts = await buildFacts(tx, this.deps.pii, accountId, nowMs, justDeclared)
    const rules = await this.deps.rules.current(region)
    const current = await tx.statuses.find(accountId)
    const transition = nextStatus(current?.record ?? null, evaluateRules(rules, facts), facts)
    const next = transition.next
    const colourChanged = !!current && current.record.status !== next.status
    let revokedBefore = current?.revokedBefore ?? null
    if (colourChanged) revokedBefore = await revokeHolder(tx, { region, accountId, device: null, nowMs, reason: `status:${current!.record.status}->${next.status}` }, this.deps.pseudonymOf)
    if (transition.changed) {
      await tx.statuses.save({ accountId, region, record: next, inputs: facts, revokedBefore, evaluatedAt: nowMs })
      await tx.statuses.appendHistory({ id: newId(), accountId, at: nowMs, from: current?.record.status ?? null, record: next, inputs: facts, source: 'rules', actor })
      await tx.audit.append({
        region, actor, action: 'status.change', subject: accountId, reason: next.reason,
        data: { from: current?.record.status ?? null, to: next.status, rule: next.ruleId, version: next.ruleVersion, kind: transition.kind }
      })
    }
    return { record: next, transition, colourChanged, exitText: describeExit(next) }
  }
}
