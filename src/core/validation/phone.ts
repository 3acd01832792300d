// Mainland China mobile numbers: 11 digits starting 13–19 (MIIT numbering plan). People paste and type
// "+86 137-0000-1111", "0086 13700001111" or "(137) 0000 1111", so separators and the country code are
// stripped before the number is checked; the phone's form and the host's schema both use this.

export type PhoneProblem = 'required' | 'invalid'

export const MOBILE_NUMBER = /^1[3-9]\d{9}$/

/** Spaces, dashes, dots and brackets removed, then a leading +86, 0086 or 86 before 11 digits. */
export function normalizePhone(input: string): string {
  const compact = input.replace(/[\s\-().\u2010-\u2015\u3000]/g, '')
  return compact.replace(/^(\+86|0086|86)(?=1\d{10}$)/, '')
}

export function checkPhone(input: string): PhoneProblem | null {
  const p = normalizePhone(input)
  if (!p) return 'required'
  return MOBILE_NUMBER.test(p) ? null : 'invalid'
}

/**
 * What a phone field shows while someone types: the number it will be sent as once the typing makes a
 * valid mobile number ("+86 137-0000-1111" becomes "13700001111"), otherwise exactly what was typed.
 */
export function tidyPhoneInput(input: string): string {
  const p = normalizePhone(input)
  return MOBILE_NUMBER.test(p) ? p : input
}
