// StoredDeclaration: what a declaration stores, sealed with AES-GCM: the health part, contact history and the certificates
// the citizen chose to give. Self-declared certificates are kept for auditors; only imported lab and
// vaccination records count in the rules.
import type { ContactLevel, Condition, Symptom } from '@core/declaration/vocabulary'

export interface StoredDeclaration {
  health: { temperature: number | null; symptoms: Symptom[]; conditions: Condition[] }
  contact: Exclude<ContactLevel, never>
  tests: { result: 'negative' | 'positive'; sampledAt: string; institution: string }[]
  vaccination: { doses: number; lastDoseDate: string | null } | null
}
