// Configuration from the environment, with safe defaults for a laptop and strict rules for production.
import { join, resolve } from 'node:path'
import { cpus } from 'node:os'
import type { IssuerAlg } from '@core/crypto/issuer-signature'
import type { RetentionDays } from '../usecases/retention/purge-expired'
import { TRUST_LIST_MAX_AGE_SECONDS } from '../usecases/credential/trust-list'
import { DEFAULT_ID_BINDING_LIMITS, type IdBindingLimits } from '../usecases/citizen/identity-attempts'
import { DEFAULT_BULK_LIMITS, type BulkLimits } from '../usecases/review/bulk-limits'

export interface Config {
  env: 'development' | 'production' | 'test'
  port: number
  host: string
  dataDir: string
  keysDir: string
  databaseUrl: string | null
  pgSchema: string | undefined
  /** PostgreSQL `application_name` of this host's connections (PG_APPLICATION_NAME; default `healthcode`, or `healthcode:<PG_SCHEMA>`). */
  pgApplicationName: string
  /** PostgreSQL connections each worker may open (PG_POOL_SIZE): hosts × workers × this stays below max_connections. */
  pgPoolSize: number
  /** SQLite: the most pages (4 KiB each) the store's file may grow to; past it writes answer 50302 (SQLITE_MAX_PAGE_COUNT; null: SQLite's own limit). */
  sqliteMaxPageCount: number | null
  region: { code: string; name: string }
  issuerAlg: IssuerAlg
  demo: boolean
  workers: number
  logFile: string | null
  staticDir: string
  otp: { ttlSeconds: number; maxAttempts: number; resendSeconds: number; perPhonePerHour: number; perIpPerHour: number; failuresPerPhonePerHour: number }
  /** Hourly limits on tries to bind an ID number (ID_BIND_PER_IP_PER_HOUR, ID_BIND_PER_REGION_PER_HOUR; docs/data-protection.md). */
  idBinding: IdBindingLimits
  /** How many relatives' grants one account may open (offers and requests together) in 24 hours (GRANT_OPENS_PER_DAY). */
  grants: { opensPerDay: number }
  sessions: { citizenTtlSeconds: number; staffTtlSeconds: number }
  bodyLimitBytes: number
  /** Days each data class is kept (docs/data-protection.md). */
  retention: RetentionDays
  /** How often a worker signs the audit chain's head while entries arrive (AUDIT_CHECKPOINT_SECONDS). */
  auditCheckpointSeconds: number
  /** How old a verifier's synced trust list may be before its results read "update needed" (TRUST_LIST_MAX_AGE_SECONDS). */
  trustListMaxAgeSeconds: number
  /** How often a running host looks for rotated key files (KEY_RELOAD_MS). */
  keyReloadMs: number
  /** More rejected uploads than this by one admin within 24 hours alarm the region's admins (IMPORT_REJECTIONS_PER_DAY). */
  importRejectionsPerDay: number
  /** The bulk-change thresholds (BULK_*; docs/dual-control.md). */
  bulk: BulkLimits
  /** Dual control: how long an admin's creation or approval of two people keeps them from being each other's second approver (DUAL_CONTROL_COOLING_OFF_DAYS). */
  dualControl: { coolingOffDays: number }
  /** Background jobs shared by every host on the store (docs/operations.md): how often a process looks for work (JOB_POLL_MS), how long a claimed share stays its without renewal (JOB_LEASE_MS), citizens per share (JOB_SHARE_SIZE) and per transaction (JOB_BATCH_SIZE). */
  jobs: { pollMs: number; leaseMs: number; shareSize: number; batchSize: number }
  /** Load shedding, per worker: requests held at once before new ones are answered 50302 (MAX_IN_FLIGHT), and the seconds they are told to wait (SHED_RETRY_AFTER_SECONDS). */
  load: { maxInFlight: number; retryAfterSeconds: number }
  /** Prometheus text on its own listener, never the public port (METRICS_PORT, 0 = none; METRICS_HOST); how long /readyz waits for the store (READY_TIMEOUT_MS). */
  observability: { metricsPort: number; metricsHost: string; readyTimeoutMs: number }
}

function intFrom(env: NodeJS.ProcessEnv) {
  return (name: string, fallback: number): number => {
    const v = env[name]
    if (v === undefined || v === '') return fallback
    const n = Number(v)
    if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number`)
    return n
  }
}

function atLeastOne(name: string, n: number): number {
  if (n < 1) throw new Error(`${name} must be at least 1`)
  return n
}

export function loadConfig(env = process.env): Config {
  const int = intFrom(env)
  const nodeEnv = String(env.NODE_ENV ?? '')
  const mode: Config['env'] = nodeEnv === 'production' ? 'production' : nodeEnv === 'test' ? 'test' : 'development'
  const dataDir = resolve(env.DATA_DIR ?? 'data')
  const alg = (env.ISSUER_ALG ?? 'ES256') as IssuerAlg
  if (alg !== 'ES256' && alg !== 'SM2') throw new Error('ISSUER_ALG must be ES256 or SM2')
  const demo = mode !== 'production' && env.DEMO !== '0'
  if (mode === 'production' && env.DEMO === '1') throw new Error('NODE_ENV=production refuses demo data (DEMO=1)')
  return {
    env: mode,
    port: int('PORT', 8080),
    host: env.HOST ?? '0.0.0.0',
    dataDir,
    keysDir: resolve(env.KEYS_DIR ?? join(dataDir, 'keys')),
    databaseUrl: env.DATABASE_URL || null,
    pgSchema: env.PG_SCHEMA || undefined,
    pgApplicationName: env.PG_APPLICATION_NAME || (env.PG_SCHEMA ? `healthcode:${env.PG_SCHEMA}` : 'healthcode'),
    sqliteMaxPageCount: int('SQLITE_MAX_PAGE_COUNT', 0) || null,
    pgPoolSize: int('PG_POOL_SIZE', 10),
    region: { code: env.REGION_CODE ?? '330100', name: env.REGION_NAME ?? '杭州市' },
    issuerAlg: alg,
    demo,
    workers: Math.max(1, int('WORKERS', Math.min(cpus().length, 4))),
    logFile: env.LOG_FILE ?? null,
    staticDir: resolve(env.STATIC_DIR ?? 'dist/h5'),
    otp: {
      ttlSeconds: int('OTP_TTL_SECONDS', 300), maxAttempts: atLeastOne('OTP_MAX_ATTEMPTS', int('OTP_MAX_ATTEMPTS', 5)), resendSeconds: int('OTP_RESEND_SECONDS', 60),
      perPhonePerHour: int('OTP_PER_PHONE_PER_HOUR', 5), perIpPerHour: int('OTP_PER_IP_PER_HOUR', 30),
      failuresPerPhonePerHour: atLeastOne('OTP_FAILURES_PER_PHONE_PER_HOUR', int('OTP_FAILURES_PER_PHONE_PER_HOUR', 10))
    },
    idBinding: {
      perIpPerHour: atLeastOne('ID_BIND_PER_IP_PER_HOUR', int('ID_BIND_PER_IP_PER_HOUR', DEFAULT_ID_BINDING_LIMITS.perIpPerHour)),
      perRegionPerHour: atLeastOne('ID_BIND_PER_REGION_PER_HOUR', int('ID_BIND_PER_REGION_PER_HOUR', DEFAULT_ID_BINDING_LIMITS.perRegionPerHour))
    },
    grants: { opensPerDay: atLeastOne('GRANT_OPENS_PER_DAY', int('GRANT_OPENS_PER_DAY', 10)) },
    sessions: { citizenTtlSeconds: int('SESSION_TTL_SECONDS', 30 * 86400), staffTtlSeconds: int('STAFF_SESSION_TTL_SECONDS', 12 * 3600) },
    bodyLimitBytes: int('BODY_LIMIT_BYTES', 64 * 1024),
    retention: {
      scans: int('RETAIN_SCANS_DAYS', 28), trips: int('RETAIN_TRIPS_DAYS', 28), declarations: int('RETAIN_DECLARATIONS_DAYS', 28),
      imports: int('RETAIN_IMPORTS_DAYS', 28), history: int('RETAIN_HISTORY_DAYS', 180), auditLog: int('RETAIN_AUDIT_LOG_DAYS', 180)
    },
    auditCheckpointSeconds: atLeastOne('AUDIT_CHECKPOINT_SECONDS', int('AUDIT_CHECKPOINT_SECONDS', 60)),
    trustListMaxAgeSeconds: int('TRUST_LIST_MAX_AGE_SECONDS', TRUST_LIST_MAX_AGE_SECONDS),
    keyReloadMs: atLeastOne('KEY_RELOAD_MS', int('KEY_RELOAD_MS', 2000)),
    importRejectionsPerDay: int('IMPORT_REJECTIONS_PER_DAY', 5),
    bulk: {
      perAuditorPerHour: int('BULK_PER_AUDITOR_PER_HOUR', DEFAULT_BULK_LIMITS.perAuditorPerHour),
      perRegionPerHour: int('BULK_PER_REGION_PER_HOUR', DEFAULT_BULK_LIMITS.perRegionPerHour),
      staffPerAdminPerHour: int('BULK_STAFF_PER_ADMIN_PER_HOUR', DEFAULT_BULK_LIMITS.staffPerAdminPerHour),
      staffPerRegionPerHour: int('BULK_STAFF_PER_REGION_PER_HOUR', DEFAULT_BULK_LIMITS.staffPerRegionPerHour)
    },
    dualControl: { coolingOffDays: int('DUAL_CONTROL_COOLING_OFF_DAYS', 30) },
    jobs: {
      pollMs: atLeastOne('JOB_POLL_MS', int('JOB_POLL_MS', 2000)), leaseMs: atLeastOne('JOB_LEASE_MS', int('JOB_LEASE_MS', 30_000)),
      shareSize: atLeastOne('JOB_SHARE_SIZE', int('JOB_SHARE_SIZE', 2000)), batchSize: atLeastOne('JOB_BATCH_SIZE', int('JOB_BATCH_SIZE', 500))
    },
    load: {
      maxInFlight: int('MAX_IN_FLIGHT', 256),
      retryAfterSeconds: atLeastOne('SHED_RETRY_AFTER_SECONDS', int('SHED_RETRY_AFTER_SECONDS', 1))
    },
    observability: {
      metricsPort: int('METRICS_PORT', 9464),
      metricsHost: env.METRICS_HOST || '127.0.0.1',
      readyTimeoutMs: atLeastOne('READY_TIMEOUT_MS', int('READY_TIMEOUT_MS', 1000))
    }
  }
}
