// The citizen's own functions: consent, declarations, the code, notices and the access history.
import { z } from 'zod'
import type { ExitCondition, Status, Texts } from '../../rules'
import { chinaDate, checkinInputSchema, declarationInputSchema, tripsInputSchema } from '../../declaration/schema'
import { attachmentsSchema, caseDescriptionSchema, CORRECTION_CATEGORIES } from '../../validation/case-request'
import { idSchema } from '../../validation/common'
import type { StatusSource } from '../vocabulary'
import { defineContract } from './define'

export type { Texts }
export type { DeclarationInput, PlainDeclaration } from '../../declaration/schema'

/** The privacy notice's version the caller has read, and whether it is accepted. */
export interface ConsentState {
  version: string
  accepted: boolean
}

/** How the holder sees a status: colour, reason, the rule (id@version), the exit condition, in zh-CN and English. */
export interface StatusView {
  status: Status
  reason: string | null
  reasonText: Texts | null
  rule: string | null
  setAt: string
  exit: ExitCondition | null
  earliestExitAt: string | null
  exitText: Texts | null
}

/** One change of status, newest first. */
export interface HistoryEntry extends StatusView {
  at: number
  from: string | null
  /** STATUS_SOURCES (core/api/vocabulary.ts); an older host may have written another word. */
  source: StatusSource | (string & {})
}

export interface CaseDecisionView {
  outcome: string
  reasonCode: string
  reasonText: Texts | null
  at: number
}

/** A correction request or an appeal as the holder sees it, with the auditor's decision once there is one. */
export interface CaseView {
  kind: string
  id: string
  /** The short reference to read out ("7KQ4WX2M", shown "7KQ4-WX2M"); null for a case older than references. */
  reference: string | null
  category: string
  state: string
  createdAt: number
  decision: CaseDecisionView | null
}

/** health-info (GB/T 38963, own record only). */
export interface HealthInfo {
  consent: ConsentState
  bound: boolean
  holder: { name: string; id: string; region: string } | null
  status: StatusView | null
  history: HistoryEntry[]
  checkins: { today: boolean; consecutiveDays: number }
  cases: CaseView[]
  /** base64url key hash of the phone the code is bound to: another phone learns at once that the code moved. */
  deviceHash: string | null
  serverTime: number
}

/** A signed credential for the bound phone. */
export interface IssuedCode {
  credential: string
  issuedAt: number
  expiresAt: number
}

/** A declaration or check-in answered: the status after it and, when a phone is bound, its fresh credential. */
export interface DeclarationResult {
  declarationId: string
  status: StatusView
  changed: boolean
  /** The issued credential (not a return code). */
  code: IssuedCode | null
}

export interface CheckinResult extends DeclarationResult {
  /** The China date the check-in counts for. */
  day: string
}

export interface CodeResult extends IssuedCode {
  status: Status
  serverTime: number
  deviceChanged: boolean
}

/** The host's RSA public key; clients encrypt the ID number with RSA-OAEP (SHA-256) under it. */
export interface TransportKey {
  algorithm: 'RSA-OAEP-256'
  publicKeyPem: string
}

/** A GB/T 2260 administrative division. */
export interface Region {
  code: string
  name: string
}

/** An in-app notice: status changes, decisions on corrections and appeals, grants. */
export interface Notice {
  id: string
  /** The caller's own account. */
  accountId: string
  at: number
  /** 'status-changed', 'correction', 'appeal', 'grant', 'identity' (someone tried to bind the holder's ID number; an identity check's outcome) today; a phone shows kinds it does not know as plain notices. */
  kind: string
  text: { title: Texts | null; body: Texts | null }
  readAt: number | null
}

/** One access to the holder's code or status. */
export interface AccessEntry {
  at: number
  kind: 'scan' | 'relative' | 'staff'
  who: string
  where: string | null
  purpose: string
  /** Scans only: what the checkpoint saw — the colour, that the code was not accepted, or that the
   * checkpoint's own lists were too old to decide. */
  outcome?: 'green' | 'yellow' | 'red' | 'invalid' | 'unchecked'
}

/** A correction request or an appeal, received and waiting for an auditor. */
export interface CaseOpened {
  id: string
  /** What the person reads out on a hotline: 8 characters, shown grouped (core/validation/reference-number.ts). */
  reference: string
  state: string
}

const empty = z.object({}).strict()

/** A schema built once per China date (the dates it checks are "not in the future"). */
function perChinaDay<S>(build: (today: string) => S): (nowMs: number) => S {
  let day = ''
  let schema: S | undefined
  return (nowMs: number) => {
    const today = chinaDate(nowMs)
    if (today !== day || schema === undefined) {
      schema = build(today)
      day = today
    }
    return schema
  }
}

export const consentStatus = defineContract<ConsentState>()('consent-status', empty)
export const consentAccept = defineContract<ConsentState>()('consent-accept', z.object({ version: z.string().min(1).max(40) }).strict())
export const transportKey = defineContract<TransportKey>()('transport-key', empty)
export const regionList = defineContract<{ regions: Region[] }>()('region-list', z.object({ parent: z.string().regex(/^\d{6}$/, 'region').optional() }).strict())
// Whether each trip names a real county needs the region directory: the use case checks that.
export const healthDeclare = defineContract<DeclarationResult>()('health-declare', perChinaDay(declarationInputSchema))
export const tripDeclare = defineContract<DeclarationResult>()('trip-declare', perChinaDay(tripsInputSchema))
export const checkin = defineContract<CheckinResult>()('checkin', checkinInputSchema)
export const healthInfo = defineContract<HealthInfo>()('health-info', empty)
export const codeGenerate = defineContract<CodeResult>()('code-generate', z.object({ devicePublicKey: z.string().min(40).max(100), bind: z.boolean().optional() }).strict())
export const correctionRequest = defineContract<CaseOpened>()('correction-request', z.object({
  category: z.enum(CORRECTION_CATEGORIES),
  description: caseDescriptionSchema,
  attachments: attachmentsSchema
}).strict())
export const appealRequest = defineContract<CaseOpened>()('appeal-request', z.object({ description: caseDescriptionSchema, attachments: attachmentsSchema }).strict())
export const noticesList = defineContract<{ notices: Notice[] }>()('notices-list', empty)
export const noticesRead = defineContract<{ read: number }>()('notices-read', z.object({ ids: z.array(idSchema).min(1).max(100) }).strict())
export const accessLog = defineContract<{ entries: AccessEntry[] }>()('access-log', empty)

export const CITIZEN_CONTRACTS = [
  consentStatus, consentAccept, transportKey, regionList, healthDeclare, tripDeclare, checkin, healthInfo, codeGenerate,
  correctionRequest, appealRequest, noticesList, noticesRead, accessLog
] as const
