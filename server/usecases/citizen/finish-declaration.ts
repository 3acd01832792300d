// What every declaration (health, trips, check-in) ends with, inside its transaction: the rules are
// re-assessed at once, and the bound phone (if any) gets a credential of the resulting colour.
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

/** `justDeclared`: the declaration written in this transaction, so the assessment reads it without a round trip. */
export async function finishDeclaration(deps: FinishDeps, tx: Store, accountId: string, region: string, declarationId: string, now: number, justDeclared?: { at: number; data: StoredDeclaration }): Promise<DeclarationResult> {
  const outcome = await deps.assess.execute(tx, accountId, region, now, accountId, justDeclared)
  const holder = await tx.holders.load(accountId)
  const issued = holder?.deviceHash && holder.status ? issueForHolder(holder, deps.signer, deps.pseudonymOf, now) : null
  if (issued) deps.onIssued?.(region)
  return { declarationId, status: statusView(outcome.record), changed: outcome.transition.changed, code: issued }
}
