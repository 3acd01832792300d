// Table types of the store. Times are epoch milliseconds (bigint in PostgreSQL, integer in SQLite);
// booleans are 0/1; JSON columns hold text. Personal identifiers are stored only as AES-GCM ciphertext
// (`*_enc`) and keyed hashes (`*_hash`), never in plain text.
import type { Generated } from 'kysely'

export interface RegionsTable {
  code: string
  name: string
  created_at: number
}

export interface AccountsTable {
  id: string
  phone_hash: string | null
  phone_enc: string | null
  wx_openid_hash: string | null
  alipay_uid_hash: string | null
  status: 'active' | 'disabled'
  created_at: number
}

export interface StaffTable {
  account_id: string
  role: 'verifier' | 'auditor' | 'admin'
  region: string
  point_id: string | null
  display_name: string
  status: 'active' | 'disabled'
  created_by: string | null
  created_at: number
  updated_at: number
}

export interface SessionsTable {
  id: string
  account_id: string
  platform: string
  created_at: number
  expires_at: number
  revoked_at: number | null
}

export interface OtpChallengesTable {
  id: string
  phone_hash: string
  code_hash: string
  created_at: number
  expires_at: number
  attempts: number
  consumed_at: number | null
}

export interface RateCountersTable {
  key: string
  window_start: number
  count: number
}

export interface CollectionPointsTable {
  id: string
  region: string
  name: string
  address: string
  kind: 'collection' | 'venue'
  status: 'open' | 'closed'
  created_by: string
  created_at: number
  updated_at: number
}

export interface AuditLogTable {
  seq: Generated<number>
  at: number
  region: string | null
  actor: string
  action: string
  subject: string | null
  reason: string | null
  data: string
  prev_hash: string
  hash: string
}

export interface AuditHeadTable {
  id: number
  seq: number
  hash: string
}

export interface Database {
  regions: RegionsTable
  accounts: AccountsTable
  staff: StaffTable
  sessions: SessionsTable
  otp_challenges: OtpChallengesTable
  rate_counters: RateCountersTable
  collection_points: CollectionPointsTable
  audit_log: AuditLogTable
  audit_head: AuditHeadTable
}
