// The unit of work: use cases that change several things do it inside one transaction, so a failure
// leaves nothing half-saved.
import type { AccountStore } from './account-store'
import type { AuditLog } from './audit-log'
import type { OtpStore } from './otp-store'
import type { PointStore } from './point-store'
import type { RateLimiter } from './rate-limiter'
import type { RegionStore } from './region-store'
import type { SessionStore } from './session-store'
import type { StaffStore } from './staff-store'
import type { CitizenStore } from './citizen-store'
import type { DeclarationStore } from './declaration-store'
import type { StatusStore } from './status-store'
import type { DeviceStore } from './device-store'
import type { RevocationStore } from './revocation-store'
import type { RiskAreaStore } from './risk-area-store'
import type { CorrectionStore } from './correction-store'
import type { HolderSnapshots } from './holder-snapshot'
import type { ScanStore } from './scan-store'
import type { CounterStore } from './counter-store'
import type { AuditDataStore } from './audit-data-store'
import type { NoticeStore } from './notice-store'
import type { JobStore } from './job-store'
import type { RuleSetStore } from './rule-set-store'
import type { ImportStore } from './import-store'
import type { CaseStore } from './case-store'
import type { StatusChangeStore } from './status-change-store'
import type { AlarmStore } from './alarm-store'
import type { AuditChainStore } from './audit-chain-store'
import type { GrantStore } from './grant-store'
import type { IdentityAttemptStore } from './identity-attempt-store'
import type { IdentityRecoveryStore } from './identity-recovery-store'

export interface Store {
  accounts: AccountStore
  staff: StaffStore
  sessions: SessionStore
  otps: OtpStore
  points: PointStore
  regions: RegionStore
  audit: AuditLog
  rateLimiter: RateLimiter
  citizens: CitizenStore
  declarations: DeclarationStore
  statuses: StatusStore
  devices: DeviceStore
  revocations: RevocationStore
  riskAreas: RiskAreaStore
  corrections: CorrectionStore
  holders: HolderSnapshots
  scans: ScanStore
  counters: CounterStore
  auditData: AuditDataStore
  notices: NoticeStore
  jobs: JobStore
  ruleSets: RuleSetStore
  imports: ImportStore
  cases: CaseStore
  statusChanges: StatusChangeStore
  alarms: AlarmStore
  auditChain: AuditChainStore
  grants: GrantStore
  identityAttempts: IdentityAttemptStore
  identityRecoveries: IdentityRecoveryStore
  /** Audit-log entries of reads of this person's data (for their access history). */
  /** Staff account changes of one person, oldest first (assignment history). */
  staffHistory(accountId: string): Promise<{ at: number; action: string; data: unknown }[]>
  /** Reads of this person's data (`read.*`) and answers to their relatives' grants (GRANT_ANSWER_ACTIONS), newest first. */
  accessReads(subject: string, limit: number): Promise<{ at: number; actor: string; action: string; reason: string | null; data: Record<string, unknown> }[]>
  transaction<T>(work: (tx: Store) => Promise<T>): Promise<T>
}
