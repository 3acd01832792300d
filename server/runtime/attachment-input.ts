// Attachments citizens add to corrections and appeals: images or PDFs, at most 3, each at most 2 MB.
import { z } from 'zod'

export const attachmentsSchema = z.array(z.object({
  mime: z.enum(['image/jpeg', 'image/png', 'application/pdf']),
  dataBase64: z.string().min(4).max(Math.ceil((2 * 1024 * 1024 * 4) / 3)).regex(/^[A-Za-z0-9+/=]+$/, 'invalid_format')
}).strict()).max(3).default([])
