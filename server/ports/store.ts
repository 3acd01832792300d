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

export interface Store {
  accounts: AccountStore
  staff: StaffStore
  sessions: SessionStore
  otps: OtpStore
  points: PointStore
  regions: RegionStore
  audit: AuditLog
  rateLimiter: RateLimiter
  transaction<T>(work: (tx: Store) => Promise<T>): Promise<T>
}
