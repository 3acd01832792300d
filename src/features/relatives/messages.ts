// Host return codes → what a relative's pages say. A 40304 on a relative's call is about the other
// person (they have not declared), not the caller, so it must not ask the caller to declare.
import type { MessageKey } from '@/i18n'
import { citizenErrorKey } from '@/features/citizen/messages'

export function relativeErrorKey(code: number): MessageKey | null {
  return code === 40304 ? 'held.holderNotDeclared' : citizenErrorKey(code)
}
