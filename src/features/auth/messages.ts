// Maps host answers to catalog keys, so pages show one clear zh/en message per field.
import { CloudCode, type CloudResult } from '@/services/cloud-contract'
import type { MessageKey } from '@/i18n'

export type FieldErrors = Partial<Record<'phone' | 'code', MessageKey>>

/** 40001 issues[] (and 40103) → per-field messages; unknown paths/codes fall back to "invalid". */
export function fieldErrorsFrom(result: CloudResult<unknown>): FieldErrors {
  const out: FieldErrors = {}
  if (result.code === CloudCode.OTP_INVALID) out.code = 'field.code.wrong'
  for (const issue of result.issues ?? []) {
    const field = issue.path.split('.').pop()
    if (field === 'phone') out.phone = issue.code === 'required' ? 'field.phone.required' : 'field.phone.invalid'
    if (field === 'code') out.code = issue.code === 'required' ? 'field.code.required' : issue.code === 'invalid_format' ? 'field.code.invalid' : 'field.code.wrong'
  }
  return out
}

export function generalErrorKey(code: number): MessageKey | null {
  switch (code) {
    case CloudCode.OK:
      return null
    case CloudCode.OTP_INVALID:
      return null // shown under the code field
    case CloudCode.INVALID_INPUT:
    case CloudCode.IDENTITY_IN_BODY:
      return 'error.invalidInput'
    case CloudCode.UNAUTHENTICATED:
      return 'error.unauthenticated'
    case CloudCode.SESSION_EXPIRED:
      return 'error.sessionExpired'
    case CloudCode.FORBIDDEN:
      return 'error.forbidden'
    case CloudCode.RATE_LIMITED:
      return 'error.rateLimited'
    case CloudCode.NETWORK:
      return 'error.network'
    default:
      return 'error.internal'
  }
}
