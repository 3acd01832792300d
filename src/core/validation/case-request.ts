// What a citizen sends with a correction request or an appeal: a description and attachments (images or
// PDFs, at most 3, each at most 2 MB). Shared by the contracts and the phone's forms.
import { z } from 'zod'

export const CORRECTION_CATEGORIES = ['trip', 'test', 'vaccination', 'identity', 'status', 'other'] as const
export type CorrectionCategory = (typeof CORRECTION_CATEGORIES)[number]

export const DESCRIPTION_MIN = 5
export const DESCRIPTION_MAX = 500

export const caseDescriptionSchema = z.string().trim().min(DESCRIPTION_MIN, 'too_short').max(DESCRIPTION_MAX)

export const MAX_ATTACHMENTS = 3
export const MAX_ATTACHMENT_BYTES = 2 * 1024 * 1024

export const attachmentsSchema = z.array(z.object({
  mime: z.enum(['image/jpeg', 'image/png', 'application/pdf']),
  dataBase64: z.string().min(4).max(Math.ceil((MAX_ATTACHMENT_BYTES * 4) / 3)).regex(/^[A-Za-z0-9+/=]+$/, 'invalid_format')
}).strict()).max(MAX_ATTACHMENTS).default([])

/** One attachment as the host receives it. */
export type AttachmentInput = z.infer<typeof attachmentsSchema>[number]
