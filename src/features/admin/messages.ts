// Host answers → what the admin pages say; field issues (40001) go under their fields.
import type { FunctionResult } from '@core/api/return-codes'
import { generalErrorKey } from '@/features/auth/messages'
import type { MessageKey } from '@/i18n'

export function adminErrorKey(code: number): MessageKey | null {
  if (code === 40401) return 'staffCommon.notFound'
  if (code === 40901) return 'staffCommon.conflict'
  return generalErrorKey(code)
}

/** The last path segment of each 40001 issue → the host's (zh/en) message for it. */
export function fieldIssues(r: FunctionResult<unknown>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const issue of r.issues ?? []) out[issue.path.split('.').pop() ?? issue.path] = issue.message
  return out
}
