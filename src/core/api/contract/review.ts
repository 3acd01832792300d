// The review functions' wire contracts: the auditors' queue, the evidence behind a status, decisions on
// cases, dual-control status changes, and the region admins' bulk-change alarms.
import { z } from 'zod'
import type { HealthStatus } from '../../credential/format'
import type { StoredDeclaration } from '../../declaration/stored-declaration'
import { CHANGE_REASON_CODES, DECISION_REASON_CODES } from '../../review/reason-codes'
import type { StatusRecord } from '../../rules/status-transition'
import { idSchema, referenceSchema } from '../../validation/common'
import { defineContract } from './define'

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
  /** The reference the person was given (corrections and appeals; null for flags and older cases). */
  reference: string | null
  category: string
  state: CaseState
  createdAt: number
  person: MaskedPerson | null
}

/** A manual change waiting for a second auditor, with what the requester wrote and linked. */
export interface PendingChange {
  id: string
  toStatus: HealthStatus
  reasonCode: string
  state: ChangeState
  requestedBy: string
  requestedByName: string | null
  requestedAt: number
  note: string
  /** What the requester linked: a case (its kind and id), a document number, a record. */
  evidence: { kind: string; ref: string }[]
  /** Requested by the caller: the host refuses the caller's own approval (40305). */
  mine: boolean
  person: MaskedPerson | null
}

export interface ReviewQueue {
  cases: QueueCase[]
  changes: PendingChange[]
  /** Accounts frozen for binding after trying an ID number bound to another account. */
  recoveries: RecoveryItem[]
}

export type RecoveryState = 'open' | 'requested' | 'moved' | 'closed'

/**
 * Identity recovery (身份核验): an account that tried to bind an ID number bound to another account is
 * frozen for binding until auditors check the person's document in person. One auditor records the check
 * (`requested`), a second, different auditor approves moving the identity (`moved`); or it is closed
 * (`closed`: not the owner; the account stays unbound and may bind again within its limit). It shows the
 * account that tried, never anything of the number's owner.
 */
export interface RecoveryItem {
  id: string
  state: RecoveryState
  openedAt: number
  /** The trying account's own phone number, masked (138****5678), so the auditor can find the person; null without one. */
  phoneMasked: string | null
  /** How many binding attempts the account made. */
  attempts: number
  /** The attempt the in-person check found on the person's document. */
  attemptId: string | null
  requestedBy: string | null
  requestedByName: string | null
  requestedAt: number | null
  /** What the auditor who checked the document wrote. */
  note: string | null
  /** Requested by the caller: the host refuses the caller's own approval (40305). */
  mine: boolean
  decidedAt: number | null
}

/** One binding attempt, as the auditor sees it: when, which kind of document, the number and name masked. */
export interface RecoveryAttempt {
  id: string
  at: number
  idType: string
  /** 33**************12: the first and last two characters of the number typed. */
  idMasked: string
  /** The surname typed with a conflicting attempt (王*), until the item is decided. */
  nameMasked: string | null
  /** `conflict`: bound to another account (a move is possible); `frozen`: bound to nobody, not bound while frozen; `bound`: bound here. */
  outcome: 'bound' | 'conflict' | 'frozen'
}

export interface RecoveryEvidence {
  recovery: RecoveryItem
  attempts: RecoveryAttempt[]
}

export interface Decision {
  by: string
  at: number
  outcome: 'upheld' | 'rejected'
  reasonCode: string
  note: string
  /** The dual-control status change an upheld case led to. */
  changeId: string | null
}

export interface AttachmentInfo {
  id: string
  accountId: string
  caseId: string
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

/** Where an imported record came from; only `importId` when the import is gone (retention). */
export interface Provenance {
  importId: string
  source?: string
  fileName?: string
  fileHash?: string
  uploadedBy?: string
  uploadedByName?: string | null
  uploadedAt?: number
  approvedBy?: string | null
  approvedByName?: string | null
  approvedAt?: number | null
}

export interface ImportedRecords {
  labs: { result: 'negative' | 'positive'; sampledAt: number; importId: string }[]
  vaccinations: { doses: number; complete: boolean; lastDoseDate: string; importId: string }[]
  contacts: { kind: 'confirmed' | 'suspected' | 'close' | 'secondary'; listedAt: string; importId: string }[]
}

export interface EvidenceCase {
  kind: CaseKind
  id: string
  reference: string | null
  category: string
  state: CaseState
  createdAt: number
  description: string | null
  decision: Decision | null
  attachments: AttachmentInfo[]
}

/** Everything behind a person's status; `case` is null when reached by holder (a manual change). */
export interface Evidence {
  case: EvidenceCase | null
  person: MaskedPerson | null
  status: { record: StatusRecord; inputs: unknown } | null
  history: HistoryItem[]
  declaration: { at: number; data: StoredDeclaration } | null
  records: ImportedRecords
  provenance: Provenance[]
}

export interface AttachmentContent {
  mime: string
  dataBase64: string
}

export interface CaseDecision {
  state: CaseState
  changeId: string | null
}

/** A manual status change as stored (the note sealed): what the three status-change functions answer. */
export interface ChangeRequest {
  id: string
  region: string
  accountId: string
  toStatus: HealthStatus
  reasonCode: string
  noteEnc: string
  evidence: { kind: string; ref: string }[]
  caseId: string | null
  state: ChangeState
  requestedBy: string
  requestedAt: number
  decidedBy: string | null
  decidedAt: number | null
  appliedAt: number | null
}

/** A bulk-change alarm: a held manual change (`detail.change`) or a held re-assessment (`detail.job`). */
export interface Alarm {
  id: string
  region: string
  /**
   * `import-upload` (informational: every upload, so the other admins see it) and `import-rejections`
   * (more rejected uploads by one admin in 24 hours than IMPORT_REJECTIONS_PER_DAY) are resolved like the
   * others, never by the admin they are about; they hold nothing back (docs/imports.md).
   */
  kind: 'bulk-manual' | 'bulk-import' | 'import-upload' | 'import-rejections'
    /** A held grant of staff power (`detail.staffRequest`): too many asked for in an hour (docs/dual-control.md). */
    | 'bulk-staff'
    /** A spike in tries to bind an ID number: `detail.scope` 'region' or 'address' past its hourly limit (docs/data-protection.md). */
    | 'identity-attempts'
  detail: Record<string, unknown>
  state: 'open' | 'resolved'
  raisedAt: number
  resolvedBy: string | null
  resolvedAt: number | null
}

export interface AlarmList {
  alarms: Alarm[]
}

export interface AlarmResolution {
  alarmId: string
  action: 'release' | 'cancel'
}

const caseKind = z.enum(['correction', 'appeal', 'flag'])
const holder = z.string().regex(/^[A-Za-z0-9_-]{11}$/)
const note = z.string().trim().min(2, 'too_short').max(500)
const toStatus = z.enum(['green', 'yellow', 'red'])

export const auditQueue = defineContract<ReviewQueue>()('audit-queue', z.object({}).strict())
export const auditEvidence = defineContract<Evidence>()('audit-evidence', z.union([
  z.object({ kind: caseKind, caseId: idSchema }).strict(),
  z.object({ holder }).strict(),
  // A correction or an appeal by the reference the person reads out, typed in any case, with or without the dash.
  z.object({ reference: referenceSchema }).strict()
]))
export const auditAttachment = defineContract<AttachmentContent>()('audit-attachment', z.object({ attachmentId: idSchema }).strict())
export const caseDecide = defineContract<CaseDecision>()('case-decide', z.object({
  kind: caseKind,
  caseId: idSchema,
  outcome: z.enum(['upheld', 'rejected']),
  reasonCode: z.enum(DECISION_REASON_CODES),
  note,
  change: z.object({ toStatus, reasonCode: z.enum(CHANGE_REASON_CODES) }).strict().optional()
}).strict())
export const statusChangeRequest = defineContract<ChangeRequest>()('status-change-request', z.object({
  subject: z.union([
    z.object({ caseKind, caseId: idSchema }).strict(),
    z.object({ holder }).strict()
  ]),
  toStatus,
  reasonCode: z.enum(CHANGE_REASON_CODES),
  note,
  evidence: z.array(z.object({ kind: z.enum(['import', 'lab', 'declaration', 'correction', 'appeal', 'flag', 'document']), ref: z.string().min(1).max(100) }).strict()).min(1).max(20)
}).strict())
export const statusChangeApprove = defineContract<ChangeRequest>()('status-change-approve', z.object({ changeId: idSchema }).strict())
export const statusChangeReject = defineContract<ChangeRequest>()('status-change-reject', z.object({ changeId: idSchema, note }).strict())
export const identityRecoveryEvidence = defineContract<RecoveryEvidence>()('identity-recovery-evidence', z.object({ recoveryId: idSchema }).strict())
export const identityRecoveryRequest = defineContract<RecoveryItem>()('identity-recovery-request', z.object({ recoveryId: idSchema, attemptId: idSchema, note }).strict())
export const identityRecoveryApprove = defineContract<RecoveryItem>()('identity-recovery-approve', z.object({ recoveryId: idSchema }).strict())
export const identityRecoveryClose = defineContract<RecoveryItem>()('identity-recovery-close', z.object({ recoveryId: idSchema, note }).strict())
export const alarmList = defineContract<AlarmList>()('alarm-list', z.object({}).strict())
export const alarmResolve = defineContract<AlarmResolution>()('alarm-resolve', z.object({ alarmId: idSchema, action: z.enum(['release', 'cancel']), note }).strict())

export const REVIEW_CONTRACTS = [
  auditQueue, auditEvidence, auditAttachment, caseDecide, statusChangeRequest, statusChangeApprove, statusChangeReject, alarmList, alarmResolve,
  identityRecoveryEvidence, identityRecoveryRequest, identityRecoveryApprove, identityRecoveryClose
] as const
