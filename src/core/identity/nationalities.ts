// Nationalities by their ISO 3166-1 (GB/T 2659) codes: the alpha-3 code a passport holder chooses, and the
// numeric code the 2023 foreign permanent resident ID card carries in its number.
import { NATIONALITY_CODES } from './nationality-codes'

let byAlpha: Map<string, string> | null = null
let byNumeric: Map<string, string> | null = null

function tables(): { byAlpha: Map<string, string>; byNumeric: Map<string, string> } {
  if (!byAlpha || !byNumeric) {
    byAlpha = new Map()
    byNumeric = new Map()
    for (let i = 0; i < NATIONALITY_CODES.length; i += 6) {
      const alpha = NATIONALITY_CODES.slice(i, i + 3)
      const numeric = NATIONALITY_CODES.slice(i + 3, i + 6)
      byAlpha.set(alpha, numeric)
      byNumeric.set(numeric, alpha)
    }
  }
  return { byAlpha, byNumeric }
}

/** Every alpha-3 code on the list, in alphabetical order. */
export function nationalityCodes(): string[] {
  return [...tables().byAlpha.keys()]
}

export function isNationality(alpha3: string): boolean {
  return tables().byAlpha.has(alpha3)
}

/** The alpha-3 code for a numeric one ('840' → 'USA'), or null. */
export function nationalityOfNumeric(numeric: string): string | null {
  return tables().byNumeric.get(numeric) ?? null
}
