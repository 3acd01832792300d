// The auditors' queues: correction requests (纠错), appeals (申诉) and declarations the rules flagged,
// with the attachments citizens add.
// A case's kind, state, decision and attachments are what auditors see of it: defined once, in the review contract.
import type { AttachmentInfo, CaseKind, CaseState, Decision } from '@core/api/contract/review'

export type { CaseKind, CaseState, Decision }

export interface CaseItem {
  kind: CaseKind
  id: string
  /** What the person reads out and staff type back (core/validation/reference-number.ts); flags have none. */
  reference: string | null
  accountId: string
  region: string
  category: string
  descriptionEnc: string
  state: CaseState
  createdAt: number
  decision: Decision | null
}

/** An attachment as stored: what auditors see of it, and its content sealed. */
export interface Attachment extends AttachmentInfo { dataEnc: string }

export interface CaseStore {
  addAppeal(a: { id: string; reference: string; accountId: string; region: string; statusAt: number; descriptionEnc: string; createdAt: number }): Promise<void>
  addFlag(f: { id: string; accountId: string; region: string; reason: string; detail: string; createdAt: number }): Promise<void>
  find(kind: CaseKind, id: string): Promise<CaseItem | null>
  /** The correction or appeal with this reference (canonical: upper case, no dash). */
  findByReference(reference: string): Promise<CaseItem | null>
  /** Whether a correction or an appeal already has this reference. */
  referenceTaken(reference: string): Promise<boolean>
  queue(region: string, states: CaseState[]): Promise<CaseItem[]>
  forAccount(accountId: string): Promise<CaseItem[]>
  decide(kind: CaseKind, id: string, state: CaseState, decision: Decision | null, at: number): Promise<void>
  addAttachment(a: Attachment): Promise<void>
  attachments(caseId: string): Promise<Omit<Attachment, 'dataEnc'>[]>
  attachment(id: string): Promise<Attachment | null>
}
