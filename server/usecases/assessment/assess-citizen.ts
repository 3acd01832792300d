// The audit of one citizen inside the caller's transaction (the declaration path): gather facts, evaluate
// the rules in force, apply the transition. It only reads and writes the store: a caller that tells
// anyone of a colour change (`colourChanged`) does so after its transaction commits, since the store may
// run the transaction's work again.
import { describeExit, evaluateRules, nextStatus, StatusRecord, Transition } from '@core/rules'
import type { Store } from '../../ports/store'
import type { PiiProtector } from '../../ports/pii-protector'
import type { RuleSource } from '../../ports/rule-source'
import { buildFacts } from './facts-builder'
import { applyStatus } from './apply-status'
import { respectManual } from './manual-hold'
import type { StoredDeclaration } from '@core/declaration/stored-declaration'

export interface AuditOutcome {
  record: StatusRecord
  transition: Transition
  colourChanged: boolean
  exitText: { zh: string; en: string } | null
}

export class AssessCitizen {
  constructor(private readonly deps: { pii: PiiProtector; rules: RuleSource; pseudonymOf: (accountId: string) => Uint8Array }) {}

  async execute(tx: Store, accountId: string, region: string, nowMs: number, actor: string, justDeclared?: { at: number; data: StoredDeclaration }): Promise<AuditOutcome> {
    const assembled = await buildFacts(tx, this.deps.pii, accountId, nowMs, justDeclared)
    const rules = await this.deps.rules.current(region, tx)
    const current = await tx.statuses.find(accountId)
    const transition = respectManual(current?.record ?? null, nextStatus(current?.record ?? null, evaluateRules(rules, assembled.facts), assembled.facts), assembled.facts)
    const applied = await applyStatus(tx, { pseudonymOf: this.deps.pseudonymOf, actor, source: 'rules' }, accountId, region, current, transition, assembled, nowMs)
    return { record: transition.next, transition, colourChanged: applied.colourChanged, exitText: describeExit(transition.next) }
  }
}
