// The Store port over Kysely. SQLite transactions begin IMMEDIATE, so a transaction that reads and then
// writes waits for the write lock instead of failing with SQLITE_BUSY when another worker is writing.
import { sql, type Kysely } from 'kysely'
import type { Database } from './schema'
import type { Store } from '../../ports/store'
import type { Clock } from '../../ports/clock'
import { engineOf } from './dialect'
import { AccountRepository } from './repositories/account-repository'
import { StaffRepository } from './repositories/staff-repository'
import { SessionRepository } from './repositories/session-repository'
import { OtpRepository } from './repositories/otp-repository'
import { PointRepository } from './repositories/point-repository'
import { RegionRepository } from './repositories/region-repository'
import { AuditLogRepository } from './repositories/audit-log-repository'
import { RateCounterRepository } from './repositories/rate-counter-repository'

export class KyselyStore implements Store {
  readonly accounts: AccountRepository
  readonly staff: StaffRepository
  readonly sessions: SessionRepository
  readonly otps: OtpRepository
  readonly points: PointRepository
  readonly regions: RegionRepository
  readonly audit: AuditLogRepository
  readonly rateLimiter: RateCounterRepository

  constructor(readonly db: Kysely<Database>, readonly clock: Clock, private readonly inTransaction = false) {
    this.accounts = new AccountRepository(db)
    this.staff = new StaffRepository(db)
    this.sessions = new SessionRepository(db)
    this.otps = new OtpRepository(db)
    this.points = new PointRepository(db)
    this.regions = new RegionRepository(db)
    this.audit = new AuditLogRepository(db, clock)
    this.rateLimiter = new RateCounterRepository(db, clock)
  }

  async transaction<T>(work: (tx: Store) => Promise<T>): Promise<T> {
    if (this.inTransaction) return work(this)
    if (engineOf(this.db) === 'postgres') {
      return this.db.transaction().execute(trx => work(new KyselyStore(trx, this.clock, true)))
    }
    return this.db.connection().execute(async conn => {
      await sql`begin immediate`.execute(conn)
      try {
        const result = await work(new KyselyStore(conn, this.clock, true))
        await sql`commit`.execute(conn)
        return result
      } catch (e) {
        await sql`rollback`.execute(conn)
        throw e
      }
    })
  }
}
