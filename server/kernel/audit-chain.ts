// The audit log's hash chain: the one definition of an entry's hash, shared by the store that appends
// entries and by the verifier that re-computes the chain (healthcode audit-log verify, decommission).
import { createHash } from 'node:crypto'

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null)
  if (Array.isArray(value)) return '[' + value.map(canonicalJson).join(',') + ']'
  const keys = Object.keys(value as object).filter(k => (value as Record<string, unknown>)[k] !== undefined).sort()
  return '{' + keys.map(k => JSON.stringify(k) + ':' + canonicalJson((value as Record<string, unknown>)[k])).join(',') + '}'
}

export function entryHash(prevHash: string, row: { seq: number; at: number; region: string | null; actor: string; action: string; subject: string | null; reason: string | null; data: string }): string {
  // Numbers are normalised: PostgreSQL returns bigints that the driver maps back to numbers.
  const body = canonicalJson({ seq: Number(row.seq), at: Number(row.at), region: row.region, actor: row.actor, action: row.action, subject: row.subject, reason: row.reason, data: row.data })
  return createHash('sha256').update(prevHash + '\n' + body).digest('hex')
}
