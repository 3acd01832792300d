// health-info as the pages rely on it. A host that answers with fewer fields (an older version, a
// stand-in) must not crash a page: missing lists are empty, a missing consent is "not accepted".
// Hosts list correction requests either as `corrections` or, since the auditors' queues, as `cases`
// of several kinds (correction, appeal, flag): the correction page wants the corrections, the history both.
import type { HealthInfo } from '@core/api/contract/citizen'
import type { NormalisedHealthInfo, OwnCase } from './types'

type RawHealthInfo = Partial<HealthInfo> & { corrections?: OwnCase[] }

function casesOf(r: RawHealthInfo, kind: 'correction' | 'appeal'): OwnCase[] {
  if (kind === 'correction' && Array.isArray(r.corrections)) return r.corrections
  if (Array.isArray(r.cases)) return r.cases.filter((c) => c.kind === kind).map(({ kind: _kind, ...c }) => c)
  return []
}

export function normaliseHealthInfo(raw: RawHealthInfo | null | undefined): NormalisedHealthInfo {
  const r = raw ?? {}
  return {
    consent: { version: r.consent?.version ?? '', accepted: r.consent?.accepted === true },
    bound: r.bound === true,
    holder: r.holder ?? null,
    status: r.status ?? null,
    history: Array.isArray(r.history) ? r.history : [],
    checkins: { today: r.checkins?.today === true, consecutiveDays: Number(r.checkins?.consecutiveDays ?? 0) || 0 },
    corrections: casesOf(r, 'correction'),
    appeals: casesOf(r, 'appeal'),
    // Which phone holds the code (base64url key hash); absent from older hosts, which then say so only at renewal (40905).
    deviceHash: typeof r.deviceHash === 'string' ? r.deviceHash : null,
    serverTime: typeof r.serverTime === 'number' ? r.serverTime : NaN
  }
}
