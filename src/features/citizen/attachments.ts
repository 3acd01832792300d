// Images a citizen adds to a correction or an appeal, checked on the phone with the host's own limits
// (@core/validation/case-request): at most 3, JPEG or PNG, each at most 2 MB. The type comes from
// the file's first bytes, not its name: a renamed file must not reach an auditor as an "image".
import { MAX_ATTACHMENT_BYTES } from '@core/validation/case-request'
import type { Attachment } from './types'

export { MAX_ATTACHMENTS, MAX_ATTACHMENT_BYTES } from '@core/validation/case-request'

export type AttachmentProblem = 'too-many' | 'too-large' | 'not-image' | 'read-failed'

/** JPEG starts FF D8 FF (base64 "/9j/"), PNG 89 50 4E 47 0D 0A 1A 0A (base64 "iVBORw0KGgo"). */
export function sniffImageMime(base64: string): Attachment['mime'] | null {
  if (base64.startsWith('/9j/')) return 'image/jpeg'
  if (base64.startsWith('iVBORw0KGgo')) return 'image/png'
  return null
}

/** Decoded length of standard base64. */
export function base64Bytes(base64: string): number {
  const pad = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0
  return Math.floor((base64.length * 3) / 4) - pad
}

export function toAttachment(base64: string): Attachment | AttachmentProblem {
  if (base64Bytes(base64) > MAX_ATTACHMENT_BYTES) return 'too-large'
  const mime = sniffImageMime(base64)
  return mime ? { mime, dataBase64: base64 } : 'not-image'
}
