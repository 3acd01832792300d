// The verifier's wire contracts: the trust list to decide with (offline too), the scans to record, the
// online check of a code, the verifier's own history, and the region admin's figures of today.
import { z } from 'zod'
import { REASONS, type CodeKind } from '@core/credential/reasons'
import { STATUS_CODES, type HealthStatus } from '@core/credential/format'
import type { TrustListJson } from '@core/credential/trust-list'
import type { VerifierView } from '@core/credential/verifier-view'
import { idSchema } from '@core/validation/common'
import { defineContract } from './define'
import type { PointStatus } from './points'

/** The trust list as the host publishes it, with how old it may grow and how often to sync it. */
export interface PublishedTrustList extends TrustListJson {
  publishedAt: string
  maxAgeSeconds: number
  syncSeconds: number
}

export interface TrustSync {
  trustList: PublishedTrustList
  /** The host's clock, from which the phone learns its offset. */
  serverTime: number
}

const CODE_KINDS: readonly [CodeKind, ...CodeKind[]] = ['healthcode', 'healthcode-paper', 'dcc']
const idempotencyKey = z.string().regex(/^[A-Za-z0-9-]{8,64}$/)

/**
 * One scan as the phone decided it (possibly offline), exactly what it queues and uploads: no name,
 * no ID ends, those are shown once and never stored.
 */
export const scanReportSchema = z.object({
  idempotencyKey,
  /** Corrected epoch ms (device clock + server offset) when the code was decided. */
  scannedAt: z.number().int().positive(),
  valid: z.boolean(),
  updateNeeded: z.boolean(),
  kind: z.enum(CODE_KINDS).nullable(),
  reasons: z.array(z.enum(REASONS)).max(REASONS.length),
  status: z.enum(STATUS_CODES).nullable(),
  /** The holder pseudonym from the signed claims (base64url, 8 bytes), so holders can see who scanned them. */
  holder: z.string().regex(/^[A-Za-z0-9_-]{11}$/).nullable(),
  holderRegion: z.string().regex(/^\d{6}$/).nullable(),
  /** Decided while the host could not be reached. */
  offline: z.boolean(),
  /** The collection point the verifier was at when scanning; the host checks it against the assignment history. */
  pointId: idSchema.nullable().optional()
}).strict()

export type ScanReport = z.infer<typeof scanReportSchema>

export interface ScansRecorded {
  accepted: number
  duplicates: number
  /** Every key of the batch: the host has answered for them (recorded now, before, or refused). */
  keys: string[]
  /** Keys whose collection point could not be confirmed: not recorded, never moved elsewhere. */
  refused: string[]
}

export interface OnlineVerification {
  view: VerifierView
  /** A paper code of this region: the holder's status now. */
  paperStatus: HealthStatus | null
  recorded: boolean
}

export type ScanVerdict = 'valid' | 'invalid' | 'update-needed'

/** One of the verifier's own scans: the verdict, never who was scanned. */
export interface HistoryScan {
  scannedAt: number
  verdict: ScanVerdict
  status: HealthStatus | null
  kind: CodeKind | null
  reasons: string[]
  offline: boolean
}

/** Today's scans at one collection point of the region. */
export interface PointStats {
  pointId: string
  name: string
  status: PointStatus
  scans: number
  valid: number
  invalid: number
  red: number
  yellow: number
}

export interface TodayStats {
  /** The China day, YYYY-MM-DD. */
  day: string
  codesIssued: number
  points: PointStats[]
}

export const trustSync = defineContract<TrustSync>()('trust-sync', z.object({}).strict())
export const scanRecord = defineContract<ScansRecorded>()('scan-record', z.object({ scans: z.array(scanReportSchema).min(1).max(200) }).strict())
export const codeVerify = defineContract<OnlineVerification>()('code-verify', z.object({ text: z.string().min(4).max(8192), idempotencyKey }).strict())
export const scanHistory = defineContract<{ scans: HistoryScan[] }>()('scan-history', z.object({ limit: z.number().int().min(1).max(500).optional() }).strict())
export const scanStats = defineContract<TodayStats>()('scan-stats', z.object({}).strict())

export const VERIFIER_CONTRACTS = [trustSync, scanRecord, codeVerify, scanHistory, scanStats] as const
