// Table types of the staff's and the host's own work: scans at collection points and their daily counts,
// published rule sets, data imports with the records they bring, and background jobs with their shares and
// the schedule's leases. Same conventions as schema.ts, which puts them into the one Database type.
export interface ScansTable {
  id: string
  verifier_id: string
  point_id: string
  region: string
  idempotency_key: string
  scanned_at: number
  received_at: number
  verdict: 'valid' | 'invalid' | 'update-needed'
  reasons: string
  kind: string | null
  status: string | null
  holder: string | null
  holder_region: string | null
  offline: number
}

export interface DailyCountersTable { region: string; day: string; name: string; value: number }

export interface RuleSetsTable { region: string; version: number; id: string; valid_from: string; file_json: string; published_by: string; published_at: number }

export interface ImportsTable {
  id: string
  region: string
  source: string
  file_name: string
  file_hash: string
  state: string
  uploaded_by: string
  uploaded_at: number
  total_rows: number
  accepted_rows: number
  rejected_json: string
  preview_json: string | null
  progress: number
  decided_by: string | null
  decided_at: number | null
  job_id: string | null
  error: string | null
}

export interface ImportRowsTable { import_id: string; line: number; data_json: string }
export interface LabResultsTable { id: string; id_hash: string; result: string; sampled_at: number; institution: string; import_id: string; id_enc: string | null; created_at: number | null }
export interface VaccinationsTable { id: string; id_hash: string; doses: number; complete: number; last_dose_date: string; import_id: string; id_enc: string | null; created_at: number | null }
export interface CaseContactsTable { id: string; id_hash: string; kind: string; listed_at: string; import_id: string; id_enc: string | null; created_at: number | null }

export interface JobsTable {
  id: string
  region: string
  kind: string
  state: string
  params_json: string
  total: number
  done: number
  changed: number
  created_by: string
  created_at: number
  updated_at: number
  error: string | null
}

/** A job's share, claimed by one process at a time under a lease (migration 011). */
export interface JobSharesTable {
  job_id: string
  seq: number
  kind: string
  ids_json: string | null
  after_id: string | null
  through_id: string | null
  resume_after: string | null
  state: string
  done: number
  changed: number
  attempts: number
  lease_owner: string | null
  lease_until: number
  updated_at: number
}

/** When each scheduled task last ran, whichever host ran it (migration 011). */
export interface ScheduleLeasesTable { name: string; last_run_at: number; run_by: string | null }
