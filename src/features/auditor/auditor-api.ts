// Typed wrappers over the auditor's functions; inputs and answers are the review contract's. Every read
// of a person's data is logged by the host.
import { callFunction } from '@/services/cloud'
import type { InputOf } from '@core/api/contract/define'
import type { CaseKind, caseDecide, statusChangeRequest } from '@core/api/contract/review'

export type ChangeInput = InputOf<typeof statusChangeRequest>
export type DecideInput = InputOf<typeof caseDecide>

export const fetchQueue = () => callFunction('audit-queue', {})
export const fetchEvidence = (kind: CaseKind, caseId: string) => callFunction('audit-evidence', { kind, caseId })
/** A correction or an appeal by the reference the person read out (canonical: parseReference). */
export const fetchEvidenceByReference = (reference: string) => callFunction('audit-evidence', { reference })
export const fetchAttachment = (attachmentId: string) => callFunction('audit-attachment', { attachmentId })
export const decideCase = (input: DecideInput) => callFunction('case-decide', input)
export const requestChange = (input: ChangeInput) => callFunction('status-change-request', input)
export const approveChange = (changeId: string) => callFunction('status-change-approve', { changeId })
export const rejectChange = (changeId: string, note: string) => callFunction('status-change-reject', { changeId, note })
export const fetchRecoveryEvidence = (recoveryId: string) => callFunction('identity-recovery-evidence', { recoveryId })
export const requestRecovery = (recoveryId: string, attemptId: string, note: string) => callFunction('identity-recovery-request', { recoveryId, attemptId, note })
export const approveRecovery = (recoveryId: string) => callFunction('identity-recovery-approve', { recoveryId })
export const closeRecovery = (recoveryId: string, note: string) => callFunction('identity-recovery-close', { recoveryId, note })
