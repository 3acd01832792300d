// What every declaration (health, trips, check-in) ends with, inside its transaction: the rules are
// re-assessed at once, and the bound phone (if any) gets a credential of the resulting colour. What
// reaches outside the store (counting the issued code) waits for the commit: afterCommit().
import type { DeclarationResult } from '@core/api/contract/citizen'
import type { IssuerSigner } from '@core/crypto/issuer-signature'
import type { StoredDeclaration } from '@core/declaration/stored-declaration'
import type { Store } from '../../ports/store'
import type { AssessCitizen } from '../assessment/assess-citizen'
import { issueForHolder } from '../credential/issue-for-holder'
import { statusView } from './status-view'

export interface FinishDeps {
  assess: Pick<AssessCitizen, 'execute'>
  signer: IssuerSigner
  pseudonymOf: (accountId: string) => Uint8Array
  /** Counts an issued code for the region's daily figures. */
  onIssued?: (region: string) => void
}

/** A declaration's answer, and the region whose issued-code count it adds to once committed. */
export interface FinishedDeclaration {
  result: DeclarationResult
  issuedIn: string | null
}

/** `justDeclared`: the declaration written in this transaction, so the assessment reads it without a round trip. */
export async function finishDeclaration(deps: FinishDeps, tx: Store, accountId: string, region: string, declarationId: string, now: number, justDeclared?: { at: number; data: StoredDeclaration }): Promise<FinishedDeclaration> {
  const outcome = await deps.assess.execute(tx, accountId, region, now, accountId, justDeclared)
  const holder = await tx.holders.load(accountId)
  const issued = holder?.deviceHash && holder.status ? issueForHolder(holder, deps.signer, deps.pseudonymOf, now) : null
  return { result: { declarationId, status: statusView(outcome.record), changed: outcome.transition.changed, code: issued }, issuedIn: issued ? region : null }
}

/**
 * Called with the transaction's result once it has committed, never inside it: the store may run a
 * transaction's work again (a PostgreSQL serialization failure), and the code would be counted twice.
 */
export function afterCommit(deps: FinishDeps, finished: FinishedDeclaration): DeclarationResult {
  if (finished.issuedIn) deps.onIssued?.(finished.issuedIn)
  return finished.result
}
