// Typed wrappers over the auditor's functions. Every read of a person's data is logged by the host.
import { callFunction } from '@/services/cloud'
import type { HealthStatus } from '@/features/citizen/types'
import type { AuditQueue, CaseKind, ChangeRequest, Evidence } from './types'

export interface ChangeInput {
  subject: { holder: string } | { caseKind: CaseKind; caseId: string }
  toStatus: HealthStatus
  reasonCode: string
  note: string
  evidence: { kind: string; ref: string }[]
}

export interface DecideInput {
  kind: CaseKind
  caseId: string
  outcome: 'upheld' | 'rejected'
  reasonCode: string
  note: string
  change?: { toStatus: HealthStatus; reasonCode: string }
}

export const fetchQueue = () => callFunction<AuditQueue>('audit-queue', {})
export const fetchEvidence = (kind: CaseKind, caseId: string) => callFunction<Evidence>('audit-evidence', { kind, caseId })
export const fetchAttachment = (attachmentId: string) => callFunction<{ mime: string; dataBase64: string }>('audit-attachment', { attachmentId })
export const decideCase = (input: DecideInput) => callFunction<{ state: string; changeId: string | null }>('case-decide', { ...input })
export const requestChange = (input: ChangeInput) => callFunction<ChangeRequest>('status-change-request', { ...input })
export const approveChange = (changeId: string) => callFunction<ChangeRequest>('status-change-approve', { changeId })
export const rejectChange = (changeId: string, note: string) => callFunction<ChangeRequest>('status-change-reject', { changeId, note })
