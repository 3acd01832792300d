// Host return codes → what a relative's pages say. A 40304 on a relative's call is about the other
// person (they have not declared), not the caller, so it must not ask the caller to declare.
import { returnMessage } from '@core/api/messages'
import { ReturnCode } from '@core/api/return-codes'
import type { Lang, MessageKey } from '@/i18n'
import { citizenErrorKey } from '@/features/citizen/messages'

export function relativeErrorKey(code: number): MessageKey | null {
  return code === 40304 ? 'held.holderNotDeclared' : citizenErrorKey(code)
}

/** A refusal in words: the host's own text where it names one (40904), else a catalog key. */
export interface General {
  text?: string
  key?: MessageKey
}

/**
 * A refusal of one's own grant call (offer, request, answer) in words. Every one of them is about the
 * caller's own data: their declaration, the grants they hold, what they already sent, how many they sent
 * today; none about the other person.
 */
export function grantError(code: number, lang: Lang): General {
  if (code === ReturnCode.GRANT_LIMIT) return { text: returnMessage(code, lang) }
  if (code === ReturnCode.NOT_FOUND) return { key: 'grant.error.notFound' }
  if (code === ReturnCode.CONFLICT) return { key: 'grant.error.conflict' }
  if (code === ReturnCode.RATE_LIMITED) return { key: 'grant.error.rateLimited' }
  return { key: citizenErrorKey(code) ?? 'error.internal' }
}
