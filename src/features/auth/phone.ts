// The sign-in form's checks. The phone number's normalisation and check are the core's (shared with the
// host's schema); the one-time code is six digits.
export { checkPhone, normalizePhone, tidyPhoneInput, type PhoneProblem } from '@core/validation/phone'

export type CodeProblem = 'required' | 'invalid'

export function checkCode(input: string): CodeProblem | null {
  const c = input.trim()
  if (!c) return 'required'
  return /^\d{6}$/.test(c) ? null : 'invalid'
}
