// Mainland China mobile numbers: 11 digits starting 13–19 (MIIT numbering plan). Users paste
// "+86 138 0013 8000" or "138-0013-8000", so separators and the country code are stripped first.

export type PhoneProblem = 'required' | 'invalid'

export function normalizePhone(input: string): string {
  const compact = input.replace(/[\s\-()]/g, '')
  return compact.replace(/^(\+?86|0086)(?=1\d{10}$)/, '')
}

export function checkPhone(input: string): PhoneProblem | null {
  const p = normalizePhone(input)
  if (!p) return 'required'
  return /^1[3-9]\d{9}$/.test(p) ? null : 'invalid'
}

export type CodeProblem = 'required' | 'invalid'

export function checkCode(input: string): CodeProblem | null {
  const c = input.trim()
  if (!c) return 'required'
  return /^\d{6}$/.test(c) ? null : 'invalid'
}
