// What the citizen functions answer (see the host's use cases). Kept here, not imported from server/,
// so the app bundle never reaches into server code.
import type { HealthStatus } from '@core/credential/format'

export type { HealthStatus }

export interface Texts {
  zh: string
  en: string
}

export interface StatusView {
  status: HealthStatus
  reason: string | null
  reasonText: Texts | null
  rule: string | null
  setAt: string
  exit: { days: number; checkins: number; negativeTest: boolean } | null
  earliestExitAt: string | null
  exitText: Texts | null
}

export interface HistoryEntry extends StatusView {
  at: number
  from: string | null
  source: string
}

export interface HealthInfo {
  consent: { version: string; accepted: boolean }
  bound: boolean
  holder: { name: string; id: string; region: string } | null
  status: StatusView | null
  history: HistoryEntry[]
  checkins: { today: boolean; consecutiveDays: number }
  corrections: CaseView[]
  /** Appeals against a status, newest first, with their decisions. */
  appeals: CaseView[]
  /** base64url key hash of the phone the code is bound to (null before the first code). */
  deviceHash?: string | null
  serverTime: number
}

/** A correction request as the holder sees it, with the auditor's decision once there is one. */
export interface CaseView {
  id: string
  category: string
  state: string
  createdAt: number
  decision?: { outcome: string; reasonCode: string; reasonText: Texts | null; at: number } | null
}

export interface IssuedCode {
  credential: string
  issuedAt: number
  expiresAt: number
}

export interface DeclarationResult {
  declarationId: string
  status: StatusView
  changed: boolean
  code: IssuedCode | null
}

export interface CodeResult extends IssuedCode {
  status: HealthStatus
  serverTime: number
  deviceChanged: boolean
}

/** An image sent with a correction or an appeal (the host takes at most 3, each at most 2 MB). */
export interface Attachment {
  mime: 'image/jpeg' | 'image/png'
  dataBase64: string
}

/** An in-app notice: status changes, decisions on corrections and appeals, alarms for staff. */
export interface Notice {
  id: string
  at: number
  kind: string
  text: { title: Texts | null; body: Texts | null }
  readAt: number | null
}

/** One access to the holder's code or status (access-log). */
export interface AccessEntry {
  at: number
  kind: 'scan' | 'relative' | 'staff'
  who: string
  where: string | null
  purpose: string
  outcome?: 'green' | 'yellow' | 'red' | 'invalid' | 'unchecked'
}
