// Host answers on the auditor console → what it says. 40305 is the dual-control rule working, not a
// fault: it gets its own words.
import type { MessageKey } from '@/i18n'
import { adminErrorKey } from '@/features/admin/messages'

export function auditErrorKey(code: number): MessageKey | null {
  if (code === 40305) return 'audit.ownRequest'
  if (code === 40901) return 'audit.alreadyDecided'
  return adminErrorKey(code)
}
