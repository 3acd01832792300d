// Turns a zod error into stable issue codes with zh-CN/English messages, so one schema serves
// the client form and the server, and both show the same field-level message.
import type { ZodError, ZodIssue } from 'zod'
import { Issue } from '../api/return-codes'
import { issueMessage, Locale } from '../api/messages'

function codeOf(issue: ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.received === 'undefined' || issue.received === 'null' ? 'required' : 'invalid_type'
    case 'too_small':
      if (issue.type === 'string') return issue.minimum === 1 ? 'required' : 'too_short'
      return issue.type === 'array' ? 'too_short' : 'too_small'
    case 'too_big':
      return issue.type === 'string' || issue.type === 'array' ? 'too_long' : 'too_big'
    case 'invalid_string':
      return 'invalid_format'
    case 'invalid_enum_value':
    case 'invalid_literal':
    case 'invalid_union_discriminator':
      return 'invalid_value'
    case 'custom':
      return (issue.params?.code as string | undefined) ?? 'invalid_format'
    default:
      return 'invalid_format'
  }
}

export function issuesFrom(error: ZodError, locale: Locale = 'zh-CN'): Issue[] {
  const out: Issue[] = []
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) out.push({ path: [...issue.path, key].join('.'), code: 'unknown_field', message: issueMessage('unknown_field', locale) })
      continue
    }
    // A custom message on the schema names our own issue code (e.g. 'phone'); zod's defaults do not.
    const custom = issue.message && /^[a-z_]+$/.test(issue.message) ? issue.message : null
    const code = custom ?? codeOf(issue)
    out.push({ path: issue.path.join('.'), code, message: issueMessage(code, locale) })
  }
  return out
}
