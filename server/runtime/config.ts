// Configuration from the environment, with safe defaults for a laptop and strict rules for production.
import { join, resolve } from 'node:path'
import { cpus } from 'node:os'
import type { IssuerAlg } from '@core/crypto/issuer-signature'

export interface Config {
  env: 'development' | 'production' | 'test'
  port: number
  host: string
  dataDir: string
  keysDir: string
  databaseUrl: string | null
  pgSchema: string | undefined
  region: { code: string; name: string }
  issuerAlg: IssuerAlg
  demo: boolean
  workers: number
  logFile: string | null
  staticDir: string
  otp: { ttlSeconds: number; maxAttempts: number; resendSeconds: number; perPhonePerHour: number; perIpPerHour: number; failuresPerPhonePerHour: number }
  sessions: { citizenTtlSeconds: number; staffTtlSeconds: number }
  bodyLimitBytes: number
}

function int(name: string, fallback: number): number {
  const v = process.env[name]
  if (v === undefined || v === '') return fallback
  const n = Number(v)
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number`)
  return n
}

export function loadConfig(env = process.env): Config {
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
    region: { code: env.REGION_CODE ?? '330100', name: env.REGION_NAME ?? '杭州市' },
    issuerAlg: alg,
    demo,
    workers: Math.max(1, int('WORKERS', Math.min(cpus().length, 4))),
    logFile: env.LOG_FILE ?? null,
    staticDir: resolve(env.STATIC_DIR ?? 'dist/h5'),
    otp: {
      ttlSeconds: int('OTP_TTL_SECONDS', 300), maxAttempts: 5, resendSeconds: int('OTP_RESEND_SECONDS', 60),
      perPhonePerHour: int('OTP_PER_PHONE_PER_HOUR', 5), perIpPerHour: int('OTP_PER_IP_PER_HOUR', 30), failuresPerPhonePerHour: 10
    },
    sessions: { citizenTtlSeconds: int('SESSION_TTL_SECONDS', 30 * 86400), staffTtlSeconds: int('STAFF_SESSION_TTL_SECONDS', 12 * 3600) },
    bodyLimitBytes: int('BODY_LIMIT_BYTES', 64 * 1024)
  }
}
