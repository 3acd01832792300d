// Host return codes → what the citizen pages say. Field issues are worded by the core's issueMessage.
import { generalErrorKey } from '@/features/auth/messages'
import type { MessageKey } from '@/i18n'

export function citizenErrorKey(code: number): MessageKey | null {
  switch (code) {
    case 40303:
      return 'error.consentRequired'
    case 40304:
      return 'error.notDeclared'
    case 40306:
      // Every reason a binding needs a check gets these same words (docs/data-protection.md).
      return 'error.identityCheck'
    case 40903:
      return 'error.identityLocked'
    default:
      return generalErrorKey(code)
  }
}
