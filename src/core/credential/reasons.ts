// Stable reason codes of verification, one per step (docs/code-format.md lists them in order).
// Scripts and verifier screens key on these exact spellings; never rename one.
export const REASONS = [
  'prefix',
  'base45',
  'decompress',
  'cose',
  'schema',
  'unsupported-version',
  'unknown-key',
  'untrusted-region',
  'key-usage',
  'bad-signature',
  'not-yet-valid',
  'expired',
  'bad-presentation',
  'stale-presentation',
  'revoked',
  'trust-list-stale'
] as const

export type Reason = (typeof REASONS)[number]

export type CodeKind = 'healthcode' | 'healthcode-paper' | 'dcc'

export interface VerifyResult<C = unknown> {
  valid: boolean
  kind: CodeKind | null
  reasons: Reason[]
  /** Present only when the issuer's signature was checked and holds; never show unsigned data. */
  claims: C | null
}
