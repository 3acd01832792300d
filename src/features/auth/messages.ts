// Maps host answers to catalog keys, so pages show one clear zh/en message per field.
import { ReturnCode, type FunctionResult } from '@core/api/return-codes'
import type { MessageKey } from '@/i18n'

export type FieldErrors = Partial<Record<'phone' | 'code', MessageKey>>

/** 40001 issues[] (and 40103) → per-field messages; unknown paths/codes fall back to "invalid". */
export function fieldErrorsFrom(result: FunctionResult<unknown>): FieldErrors {
  const out: FieldErrors = {}
  if (result.code === ReturnCode.OTP_INVALID) out.code = 'field.code.wrong'
  for (const issue of result.issues ?? []) {
    const field = issue.path.split('.').pop()
    if (field === 'phone') out.phone = issue.code === 'required' ? 'field.phone.required' : 'field.phone.invalid'
    if (field === 'code') out.code = issue.code === 'required' ? 'field.code.required' : issue.code === 'invalid_format' ? 'field.code.invalid' : 'field.code.wrong'
  }
  return out
}

export function generalErrorKey(code: number): MessageKey | null {
  switch (code) {
    case ReturnCode.OK:
      return null
    case ReturnCode.OTP_INVALID:
      return null // shown under the code field
    case ReturnCode.INVALID_INPUT:
    case ReturnCode.IDENTITY_IN_BODY:
      return 'error.invalidInput'
    case ReturnCode.UNAUTHENTICATED:
      return 'error.unauthenticated'
    case ReturnCode.SESSION_EXPIRED:
      return 'error.sessionExpired'
    case ReturnCode.FORBIDDEN:
      return 'error.forbidden'
    case ReturnCode.RATE_LIMITED:
      return 'error.rateLimited'
    case ReturnCode.NETWORK:
      return 'error.network'
    default:
      return 'error.internal'
  }
}
