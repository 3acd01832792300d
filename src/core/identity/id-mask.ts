// How much of an ID number a code, a verifier's screen, an auditor or a relative may see (docs/code-format.md,
// "Masks"): at most the resident ID card's 4 characters of 18, and fewer for shorter numbers. The stars
// keep the number's length, so the mask can be matched against the document in hand.
import { ID_TYPES, type IdType } from '../declaration/vocabulary'

export interface IdMask {
  idType: IdType
  /** The characters the mask shows: the first `lead`, then the last ones. */
  shown: string
  length: number
}

/** The shortest and longest number of each type (after normalising), which a verifier holds a code's length to. */
export const ID_LENGTHS: Record<IdType, readonly [number, number]> = {
  'resident-id': [18, 18], passport: [5, 17], 'hk-macao-permit': [9, 9], 'taiwan-permit': [8, 8],
  'foreign-permanent-resident': [15, 18], 'hmt-residence-permit': [18, 18]
}

/** How many of a number's first and last characters its mask shows, by its length: the same rule for every type. */
export function maskShape(length: number): { lead: number; tail: number } {
  if (length >= 16) return { lead: 2, tail: 2 }
  if (length >= 9) return { lead: 1, tail: 2 }
  if (length >= 6) return { lead: 1, tail: 1 }
  return { lead: 0, tail: 1 }
}

export function maskOfNumber(idType: IdType, number: string): IdMask {
  const { lead, tail } = maskShape(number.length)
  return { idType, shown: number.slice(0, lead) + number.slice(number.length - tail), length: number.length }
}

/** "E******12": the shown characters with a star for each hidden one. */
export function maskedText(mask: IdMask): string {
  const { lead } = maskShape(mask.length)
  const hidden = mask.length - mask.shown.length
  return mask.shown.slice(0, lead) + '*'.repeat(Math.max(0, hidden)) + mask.shown.slice(lead)
}

/**
 * What a binding keeps of its number (the `idEnds` column), from which every screen draws its mask: a
 * resident ID card keeps its first two and last two characters, as it always has (18 characters implied);
 * every other type keeps its masked text, which also says the length.
 */
export function storedMask(idType: IdType, number: string): string {
  const mask = maskOfNumber(idType, number)
  return idType === 'resident-id' ? mask.shown : maskedText(mask)
}

/** `idType` as a binding row holds it. */
export function maskFromStored(idType: string, stored: string): IdMask {
  if (!(ID_TYPES as readonly string[]).includes(idType)) throw new Error(`unknown ID type ${idType}`)
  const type = idType as IdType
  if (type === 'resident-id' && !stored.includes('*')) return { idType: type, shown: stored, length: 18 }
  return { idType: type, shown: stored.replace(/\*/g, ''), length: stored.length }
}

/** The masked number as people see it, from what a binding keeps. */
export function maskedIdOf(idType: string, stored: string): string {
  return maskedText(maskFromStored(idType, stored))
}
