// The Store port over Kysely. SQLite transactions begin IMMEDIATE, so a transaction that reads and then
// writes waits for the write lock instead of failing with SQLITE_BUSY when another worker is writing.
// PostgreSQL transactions that lose a serialization race or a deadlock are run again (transaction()).
import { sql, type Kysely } from 'kysely'
import type { Database } from './schema'
import type { Store } from '../../ports/store'
import type { AuditLog } from '../../ports/audit-log'
import type { Clock } from '../../ports/clock'
import { engineOf } from './dialect'
import { isRetryableConflict, isStoreUnavailable } from './store-faults'
import { logError } from '../../kernel/log'
import { AccountRepository } from './repositories/account-repository'
import { StaffRepository } from './repositories/staff-repository'
import { SessionRepository } from './repositories/session-repository'
import { OtpRepository } from './repositories/otp-repository'
import { PointRepository } from './repositories/point-repository'
import { RegionRepository } from './repositories/region-repository'
import { AuditLogRepository } from './repositories/audit-log-repository'
import { RateCounterRepository } from './repositories/rate-counter-repository'
import { CitizenRepository } from './repositories/citizen-repository'
import { DeclarationRepository } from './repositories/declaration-repository'
import { StatusRepository } from './repositories/status-repository'
import { DeviceRepository } from './repositories/device-repository'
import { RevocationRepository } from './repositories/revocation-repository'
import { RiskAreaRepository } from './repositories/risk-area-repository'
import { CorrectionRepository } from './repositories/correction-repository'
import { HolderSnapshotRepository } from './repositories/holder-snapshot-repository'
import { ScanRepository } from './repositories/scan-repository'
import { CounterRepository } from './repositories/counter-repository'
import { AuditDataRepository } from './repositories/audit-data-repository'
import { NoticeRepository } from './repositories/notice-repository'
import { JobRepository } from './repositories/job-repository'
import { RuleSetRepository } from './repositories/rule-set-repository'
import { ImportRepository } from './repositories/import-repository'
import { CaseRepository } from './repositories/case-repository'
import { StatusChangeRepository } from './repositories/status-change-repository'
import { AlarmRepository } from './repositories/alarm-repository'
import { AuditChainRepository } from './repositories/audit-chain-repository'
import { GrantRepository } from './repositories/grant-repository'
import { GRANT_ANSWER_ACTIONS } from '../../ports/grant-store'
import { IdentityAttemptRepository } from './repositories/identity-attempt-repository'
import { IdentityRecoveryRepository } from './repositories/identity-recovery-repository'

export class KyselyStore implements Store {
  readonly accounts: AccountRepository
  readonly staff: StaffRepository
  readonly sessions: SessionRepository
  readonly otps: OtpRepository
  readonly points: PointRepository
  readonly regions: RegionRepository
  readonly audit: AuditLog
  readonly rateLimiter: RateCounterRepository
  readonly citizens: CitizenRepository
  readonly declarations: DeclarationRepository
  readonly statuses: StatusRepository
  readonly devices: DeviceRepository
  readonly revocations: RevocationRepository
  readonly riskAreas: RiskAreaRepository
  readonly corrections: CorrectionRepository
  readonly holders: HolderSnapshotRepository
  readonly scans: ScanRepository
  readonly counters: CounterRepository
  readonly auditData: AuditDataRepository
  readonly notices: NoticeRepository
  readonly jobs: JobRepository
  readonly ruleSets: RuleSetRepository
  readonly imports: ImportRepository
  readonly cases: CaseRepository
  readonly statusChanges: StatusChangeRepository
  readonly alarms: AlarmRepository
  readonly auditChain: AuditChainRepository
  readonly grants: GrantRepository
  readonly identityAttempts: IdentityAttemptRepository
  readonly identityRecoveries: IdentityRecoveryRepository

  constructor(readonly db: Kysely<Database>, readonly clock: Clock, private readonly inTransaction = false) {
    this.accounts = new AccountRepository(db)
    this.staff = new StaffRepository(db)
    this.sessions = new SessionRepository(db)
    this.otps = new OtpRepository(db)
    this.points = new PointRepository(db)
    this.regions = new RegionRepository(db)
    // An append allocates the next sequence number from the chain's head, so appends must be serialised.
    // Inside a transaction the head row's lock (PostgreSQL) or the write lock (SQLite, BEGIN IMMEDIATE) does
    // it; an append made outside one (a staff read) opens its own transaction rather than racing for `seq`.
    this.audit = inTransaction ? new AuditLogRepository(db, clock) : { append: entry => this.transaction(tx => tx.audit.append(entry)) }
    this.rateLimiter = new RateCounterRepository(db, clock)
    this.citizens = new CitizenRepository(db)
    this.declarations = new DeclarationRepository(db)
    this.statuses = new StatusRepository(db)
    this.devices = new DeviceRepository(db)
    this.revocations = new RevocationRepository(db)
    this.riskAreas = new RiskAreaRepository(db)
    this.corrections = new CorrectionRepository(db)
    this.holders = new HolderSnapshotRepository(db)
    this.scans = new ScanRepository(db)
    this.counters = new CounterRepository(db)
    this.auditData = new AuditDataRepository(db)
    this.notices = new NoticeRepository(db)
    this.jobs = new JobRepository(db)
    this.ruleSets = new RuleSetRepository(db)
    this.imports = new ImportRepository(db)
    this.cases = new CaseRepository(db)
    this.statusChanges = new StatusChangeRepository(db)
    this.alarms = new AlarmRepository(db)
    this.auditChain = new AuditChainRepository(db)
    this.grants = new GrantRepository(db)
    this.identityAttempts = new IdentityAttemptRepository(db)
    this.identityRecoveries = new IdentityRecoveryRepository(db)
  }

  async staffHistory(accountId: string) {
    const rows = await this.db.selectFrom('audit_log').select(['at', 'action', 'data']).where('subject', '=', accountId)
      .where('action', 'in', ['staff.create', 'staff.update', 'staff.approve']).orderBy('seq').execute()
    return rows.map(r => ({ at: Number(r.at), action: r.action, data: JSON.parse(r.data) }))
  }

  async accessReads(subject: string, limit: number) {
    const rows = await this.db.selectFrom('audit_log').select(['at', 'actor', 'action', 'reason', 'data']).where('subject', '=', subject)
      .where(eb => eb.or([eb('action', 'like', 'read.%'), eb('action', 'in', [...GRANT_ANSWER_ACTIONS])])).orderBy('seq', 'desc').limit(limit).execute()
    return rows.map(r => ({ at: Number(r.at), actor: r.actor, action: r.action, reason: r.reason, data: JSON.parse(r.data) as Record<string, unknown> }))
  }

  /**
   * The unit of work. Only the outermost call opens a transaction (an inner one joins it), and only the
   * outermost retries: when PostgreSQL answers serialization_failure or deadlock_detected, the whole work
   * runs again from the start, a few times, after a short jittered wait. So `work` must do nothing but
   * store calls: a message sent or a job started inside it could happen twice; they go after the commit.
   */
  async transaction<T>(work: (tx: Store) => Promise<T>): Promise<T> {
    if (this.inTransaction) return work(this)
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.once(work)
      } catch (e) {
        if (!isRetryableConflict(e) || attempt >= TRANSACTION_ATTEMPTS) throw e
        await new Promise(r => setTimeout(r, attempt * (5 + Math.random() * 20)))
      }
    }
  }

  private once<T>(work: (tx: Store) => Promise<T>): Promise<T> {
    const begin = engineOf(this.db) === 'postgres' ? sql`begin` : sql`begin immediate`
    return this.db.connection().execute(async conn => {
      await begin.execute(conn)
      try {
        const result = await work(new KyselyStore(conn, this.clock, true))
        await sql`commit`.execute(conn)
        return result
      } catch (e) {
        // SQLite may already have rolled the transaction back itself (SQLITE_FULL, SQLITE_IOERR…), and a
        // PostgreSQL connection may be gone: then ROLLBACK fails too ("no transaction is active", "not
        // queryable"), and that must not replace the error that says what happened.
        await sql`rollback`.execute(conn).catch(failed => {
          if (!isStoreUnavailable(failed) && !/no transaction is active/.test((failed as Error)?.message ?? '')) logError('rollback', failed)
        })
        throw e
      }
    })
  }
}

/** Runs of one unit of work when PostgreSQL keeps asking for a retry: the first and up to three more. */
const TRANSACTION_ATTEMPTS = 4
