// What every ID type's check works with: the particulars a document states besides its number, and the
// field-level problems a check finds (each an issue code of src/core/api/messages.ts).
import type { Sex } from '../declaration/vocabulary'

/** What the declaration asks besides the number, for the ID types whose number does not carry it. */
export interface IdParticulars {
  /** ISO 3166-1 alpha-3 code (passports only). */
  nationality?: string
  sex?: Sex
  /** YYYY-MM-DD */
  birthDate?: string
}

export type ParticularField = keyof IdParticulars
export type IdField = 'idNumber' | ParticularField

export interface IdIssue {
  field: IdField
  code: string
}

export interface IdChecker {
  /** The particulars this type's form asks for. */
  asks: readonly ParticularField[]
  /** How many characters the number field takes as typed (older formats and separators included). */
  maxLength: number
  /** The number that names the holder, from what was typed: the same document always gives the same one. */
  normalize(raw: string): string
  /** Problems with a normalised number and, where the number encodes them, its agreement with the particulars. */
  check(number: string, particulars: IdParticulars, today: string): IdIssue[]
}

/** Full-width letters, digits and brackets (a Chinese input method's) as their ASCII forms, spaces dropped. */
export function compactAscii(raw: string): string {
  return raw.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[\s\u3000]+/g, '').toUpperCase()
}

export const numberIssue = (code: string): IdIssue => ({ field: 'idNumber', code })
