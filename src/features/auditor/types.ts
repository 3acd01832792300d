// What the auditor functions answer (docs/api.md "Auditors (dual control)"). Kept here, not imported
// from server/, so the app never reaches into server code.
import type { HealthStatus } from '@/features/citizen/types'
import type { StatusRecord } from '@core/rules/status-transition'

export type CaseKind = 'correction' | 'appeal' | 'flag'
export type CaseState = 'open' | 'in-review' | 'upheld' | 'rejected'
export type ChangeState = 'pending' | 'approved' | 'rejected' | 'held'

/** Masked as the standards show it: surname + *, first and last two digits of the ID. */
export interface MaskedPerson {
  name: string
  id: string
  /** The holder pseudonym: how a manual change names the person without an ID number. */
  holder: string
  status: HealthStatus | null
}

export interface QueueCase {
  kind: CaseKind
  id: string
  category: string
  state: CaseState
  createdAt: number
  person: MaskedPerson | null
}

export interface PendingChange {
  id: string
  toStatus: HealthStatus
  reasonCode: string
  state: ChangeState
  requestedBy: string
  requestedAt: number
  /** Requested by the caller: the host refuses the caller's own approval (40305). */
  mine: boolean
  /** What the requester linked: a case (its kind and id), a document number, a record. */
  evidence?: { kind: string; ref: string }[]
  person: MaskedPerson | null
}

export interface AuditQueue {
  cases: QueueCase[]
  changes: PendingChange[]
}

export interface Decision {
  by: string
  at: number
  outcome: 'upheld' | 'rejected'
  reasonCode: string
  note: string
  changeId: string | null
}

export interface AttachmentInfo {
  id: string
  mime: string
  size: number
  createdAt: number
}

export interface HistoryItem {
  at: number
  from: HealthStatus | null
  record: StatusRecord
  source: 'rules' | 'import' | 'manual'
  actor: string
  inputs: unknown
}

export interface Provenance {
  importId: string
  source?: string
  fileName?: string
  fileHash?: string
  uploadedBy?: string
  uploadedAt?: number
  approvedBy?: string | null
  approvedAt?: number | null
}

export interface ImportedRecords {
  labs: { result: 'negative' | 'positive'; sampledAt: number; importId: string }[]
  vaccinations: { doses: number; complete: boolean; lastDoseDate: string; importId: string }[]
  contacts: { kind: 'confirmed' | 'suspected' | 'close' | 'secondary'; listedAt: string; importId: string }[]
}

export interface DeclaredData {
  health: { temperature: number | null; symptoms: string[]; conditions: string[] }
  contact: string
  tests: { result: 'negative' | 'positive'; sampledAt: string; institution: string }[]
  vaccination: { doses: number; lastDoseDate: string | null } | null
}

export interface Evidence {
  case: { kind: CaseKind; id: string; category: string; state: CaseState; createdAt: number; description: string | null; decision: Decision | null; attachments: AttachmentInfo[] }
  person: MaskedPerson | null
  status: { record: StatusRecord; inputs: unknown } | null
  history: HistoryItem[]
  declaration: { at: number; data: DeclaredData } | null
  records: ImportedRecords
  provenance: Provenance[]
}

export interface ChangeRequest {
  id: string
  state: ChangeState
  toStatus: HealthStatus
  reasonCode: string
}
