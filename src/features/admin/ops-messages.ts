// Host answers on the data, rules and alarm pages → what they say. 40305 gets its own words: the
// second-approver rule is the point of these pages (Henan 2022), so it must never read as a fault.
import type { FunctionResult } from '@core/api/return-codes'
import type { MessageKey } from '@/i18n'
import { adminErrorKey } from './messages'

export const SECOND_APPROVER = 40305
export const PAYLOAD_TOO_LARGE = 41301

export function opsErrorKey(code: number, secondApprover: MessageKey = 'dataImport.secondAdmin'): MessageKey | null {
  if (code === SECOND_APPROVER) return secondApprover
  if (code === PAYLOAD_TOO_LARGE) return 'dataImport.tooLarge'
  return adminErrorKey(code)
}

/** The host's own zh/en wording of the first field issue (it answers in the request's language). */
export function firstIssue(r: FunctionResult<unknown>): { code: string; message: string } | null {
  const issue = r.issues?.[0]
  return issue ? { code: issue.code, message: issue.message } : null
}
