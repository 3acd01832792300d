// Resident identity card number (GB 11643-1999): 6-digit region, 8-digit birth date, 3-digit sequence, check character.

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK = '10X98765432'

export type IdNumberProblem = 'format' | 'check-digit' | 'birth-date' | 'birth-in-future'

export function idCheckCharacter(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]
  return CHECK[sum % 11]
}

export function birthDateOf(id: string): { y: number; m: number; d: number } {
  return { y: Number(id.slice(6, 10)), m: Number(id.slice(10, 12)), d: Number(id.slice(12, 14)) }
}

/** Returns the first problem with the number, or null. `today` is YYYY-MM-DD in China time. */
export function checkIdNumber(raw: string, today: string): IdNumberProblem | null {
  const id = raw.trim().toUpperCase()
  if (!/^\d{17}[\dX]$/.test(id)) return 'format'
  const { y, m, d } = birthDateOf(id)
  const date = new Date(Date.UTC(y, m - 1, d))
  if (y < 1900 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return 'birth-date'
  if (id.slice(6, 14) > today.replace(/-/g, '')) return 'birth-in-future'
  if (idCheckCharacter(id) !== id[17]) return 'check-digit'
  return null
}

export function normalizeIdNumber(raw: string): string {
  return raw.trim().toUpperCase()
}
