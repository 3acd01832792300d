// Table types of the store. Times are epoch milliseconds (bigint in PostgreSQL, integer in SQLite);
// booleans are 0/1; JSON columns hold text. Personal identifiers are stored only as AES-GCM ciphertext
// (`*_enc`) and keyed hashes (`*_hash`), never in plain text.
import type { ChainEntry } from '../../ports/audit-chain-store'
import type { Generated } from 'kysely'
import type { ScansTable, DailyCountersTable, RuleSetsTable, ImportsTable, ImportRowsTable, LabResultsTable, VaccinationsTable, CaseContactsTable, JobsTable, JobSharesTable, ScheduleLeasesTable } from './schema-operations'

export type { ScansTable, DailyCountersTable, RuleSetsTable, ImportsTable, ImportRowsTable, LabResultsTable, VaccinationsTable, CaseContactsTable, JobsTable, JobSharesTable, ScheduleLeasesTable } from './schema-operations'

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
  /** AES-GCM sealed OPENID, to send WeChat subscribe messages. */
  wx_openid_enc: string | null
  alipay_uid_hash: string | null
  alipay_uid_enc: string | null
  status: 'active' | 'disabled'
  created_at: number
}

export interface StaffTable {
  account_id: string
  role: 'verifier' | 'auditor' | 'admin'
  region: string
  point_id: string | null
  display_name: string
  status: 'active' | 'disabled' | 'pending'
  created_by: string | null
  created_at: number
  /** Who approved the latest grant of power, and when (008-staff-approval). */
  approved_by: string | null
  approved_at: number | null
  updated_at: number
}

/** Grants of staff power waiting for, or decided by, a second admin (008-staff-approval). */
export interface StaffRequestsTable {
  id: string
  region: string
  account_id: string
  kind: 'create' | 'role' | 'enable'
  role: 'verifier' | 'auditor' | 'admin'
  point_id: string | null
  state: 'pending' | 'held' | 'approved' | 'rejected'
  requested_by: string
  requested_at: number
  decided_by: string | null
  decided_at: number | null
  reason: string | null
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

/** The chain entry of server/ports/audit-chain-store.ts, with the column names of the table. */
export type AuditLogTable = Omit<ChainEntry, 'seq' | 'prevHash'> & { seq: Generated<number>; prev_hash: string }

export interface AuditHeadTable {
  id: number
  seq: number
  hash: string
}

export interface ConsentsTable { account_id: string; version: string; accepted_at: number }

export interface CitizensTable {
  account_id: string
  region: string
  name_enc: string
  surname: string
  id_type: string
  id_enc: string
  id_hash: string
  id_ends: string
  /** 012-id-particulars */
  particulars_enc: string | null
  holder: string
  household_region: string
  address_enc: string
  bound_at: number
  updated_at: number
}

export interface DeclarationsTable { id: string; account_id: string; kind: string; at: number; data_enc: string }

export interface TripsTable { id: string; account_id: string; declaration_id: string; region: string; from_date: string; to_date: string }

export interface StatusesTable {
  account_id: string
  region: string
  status: 'green' | 'yellow' | 'red'
  reason: string | null
  rule_id: string | null
  rule_version: number | null
  set_at: number
  exit_json: string | null
  earliest_exit_at: number | null
  inputs_json: string
  revoked_before: number | null
  evaluated_at: number
  test_valid_until: number | null
  vaccinated: number | null
}

export interface StatusHistoryTable {
  id: string
  account_id: string
  at: number
  from_status: string | null
  to_status: string
  reason: string | null
  rule_id: string | null
  rule_version: number | null
  exit_json: string | null
  earliest_exit_at: number | null
  inputs_json: string
  source: string
  actor: string
}

export interface DevicesTable { account_id: string; key_hash: string; public_key: string; bound_at: number }

export interface RevocationsTable { id: string; region: string; holder: string; device: string | null; before: number; reason: string; created_at: number }

export interface RevocationListsTable { region: string; seq: number; issued_at: number; file_json: string }

export interface CheckinsTable { account_id: string; day: string; at: number }

export interface RiskAreasTable { id: string; region_code: string; level: 'high' | 'medium' | 'low'; from_date: string; to_date: string; source: string; created_at: number; import_id: string | null }

export interface CorrectionsTable { id: string; account_id: string; region: string; category: string; description_enc: string; state: string; created_at: number; updated_at: number; decision_json: string | null; reference: string | null }

export interface NoticesTable { id: string; account_id: string; at: number; kind: string; text_json: string; read_at: number | null }

export interface AppealsTable { id: string; account_id: string; region: string; status_at: number; description_enc: string; state: string; created_at: number; updated_at: number; decision_json: string | null; reference: string | null }
export interface AttachmentsTable { id: string; account_id: string; case_id: string; mime: string; size: number; data_enc: string; created_at: number }
export interface ReviewFlagsTable { id: string; account_id: string; region: string; reason: string; detail: string; state: string; created_at: number }
export interface StatusChangesTable {
  id: string
  region: string
  account_id: string
  to_status: string
  reason_code: string
  note_enc: string
  evidence_json: string
  case_id: string | null
  state: string
  requested_by: string
  requested_at: number
  decided_by: string | null
  decided_at: number | null
  applied_at: number | null
}
export interface AlarmsTable { id: string; region: string; kind: string; detail_json: string; state: string; raised_at: number; resolved_by: string | null; resolved_at: number | null }
export interface AuditCheckpointsTable { seq: number; hash: string; at: number; kid: string; signature: string }
export interface AuditPurgesTable { through_seq: number; hash: string; at: number; count: number; kid: string; signature: string }

export interface GrantsTable {
  id: string
  /** Null while the side named by phone has not answered (migration 010). */
  grantor_id: string | null
  grantee_id: string | null
  opened_by: 'grantor' | 'grantee'
  /** Keyed hash and sealed copy of the phone number the opener typed. */
  phone_hash: string | null
  phone_enc: string | null
  region: string
  scope: 'view' | 'hold'
  purpose: string
  state: 'pending' | 'active' | 'revoked' | 'expired' | 'declined'
  confirmed_by: string | null
  device_hash: string | null
  created_at: number
  expires_at: number
  ended_at: number | null
}

/** Attempts to bind an ID number (009-identity-attempts); the claim columns only for a conflicting attempt. */
export interface IdentityAttemptsTable {
  id: string
  account_id: string
  region: string
  id_type: string
  id_hash: string
  id_enc: string
  id_ends: string
  name_enc: string | null
  surname: string | null
  household_region: string | null
  address_enc: string | null
  /** 012-id-particulars */
  particulars_enc: string | null
  outcome: string
  at: number
}

/** Identity-recovery queue items (009-identity-attempts). */
export interface IdentityRecoveriesTable {
  id: string
  region: string
  account_id: string
  state: string
  opened_at: number
  attempt_id: string | null
  requested_by: string | null
  requested_at: number | null
  note_enc: string | null
  decided_by: string | null
  decided_at: number | null
  decision_note_enc: string | null
}

export interface Database {
  regions: RegionsTable
  accounts: AccountsTable
  staff: StaffTable
  staff_requests: StaffRequestsTable
  sessions: SessionsTable
  otp_challenges: OtpChallengesTable
  rate_counters: RateCountersTable
  collection_points: CollectionPointsTable
  audit_log: AuditLogTable
  audit_head: AuditHeadTable
  consents: ConsentsTable
  citizens: CitizensTable
  declarations: DeclarationsTable
  trips: TripsTable
  statuses: StatusesTable
  status_history: StatusHistoryTable
  devices: DevicesTable
  revocations: RevocationsTable
  revocation_lists: RevocationListsTable
  checkins: CheckinsTable
  risk_areas: RiskAreasTable
  corrections: CorrectionsTable
  scans: ScansTable
  daily_counters: DailyCountersTable
  rule_sets: RuleSetsTable
  imports: ImportsTable
  import_rows: ImportRowsTable
  lab_results: LabResultsTable
  vaccinations: VaccinationsTable
  case_contacts: CaseContactsTable
  jobs: JobsTable
  job_shares: JobSharesTable
  schedule_leases: ScheduleLeasesTable
  notices: NoticesTable
  appeals: AppealsTable
  attachments: AttachmentsTable
  review_flags: ReviewFlagsTable
  status_changes: StatusChangesTable
  alarms: AlarmsTable
  audit_checkpoints: AuditCheckpointsTable
  audit_purges: AuditPurgesTable
  grants: GrantsTable
  identity_attempts: IdentityAttemptsTable
  identity_recoveries: IdentityRecoveriesTable
}
