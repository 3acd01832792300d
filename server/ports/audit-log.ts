/** Append-only, hash-chained log of status changes, staff actions and staff reads of personal data. */
export interface AuditEntry {
  region: string | null
  actor: string
  action: string
  subject: string | null
  reason?: string | null
  data?: Record<string, unknown>
}

export interface AuditLog {
  append(entry: AuditEntry): Promise<void>
}
