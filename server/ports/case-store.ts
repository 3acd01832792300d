// The auditors' queues: correction requests (纠错), appeals (申诉) and declarations the rules flagged,
// with the attachments citizens add.
export type CaseKind = 'correction' | 'appeal' | 'flag'
export type CaseState = 'open' | 'in-review' | 'upheld' | 'rejected'

export interface Decision {
  by: string
  at: number
  outcome: 'upheld' | 'rejected'
  reasonCode: string
  note: string
  /** The dual-control status change an upheld case led to. */
  changeId: string | null
}

export interface CaseItem {
  kind: CaseKind
  id: string
  accountId: string
  region: string
  category: string
  descriptionEnc: string
  state: CaseState
  createdAt: number
  decision: Decision | null
}

export interface Attachment { id: string; accountId: string; caseId: string; mime: string; size: number; dataEnc: string; createdAt: number }

export interface CaseStore {
  addAppeal(a: { id: string; accountId: string; region: string; statusAt: number; descriptionEnc: string; createdAt: number }): Promise<void>
  addFlag(f: { id: string; accountId: string; region: string; reason: string; detail: string; createdAt: number }): Promise<void>
  find(kind: CaseKind, id: string): Promise<CaseItem | null>
  queue(region: string, states: CaseState[]): Promise<CaseItem[]>
  forAccount(accountId: string): Promise<CaseItem[]>
  decide(kind: CaseKind, id: string, state: CaseState, decision: Decision | null, at: number): Promise<void>
  addAttachment(a: Attachment): Promise<void>
  attachments(caseId: string): Promise<Omit<Attachment, 'dataEnc'>[]>
  attachment(id: string): Promise<Attachment | null>
}
