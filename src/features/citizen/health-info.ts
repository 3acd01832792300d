// health-info as the pages rely on it. A host that answers with fewer fields (an older version, a
// stand-in) must not crash a page: missing lists are empty, a missing consent is "not accepted".
import type { HealthInfo } from './types'

export function normaliseHealthInfo(raw: Partial<HealthInfo> | null | undefined): HealthInfo {
  const r = raw ?? {}
  return {
    consent: { version: r.consent?.version ?? '', accepted: r.consent?.accepted === true },
    bound: r.bound === true,
    holder: r.holder ?? null,
    status: r.status ?? null,
    history: Array.isArray(r.history) ? r.history : [],
    checkins: { today: r.checkins?.today === true, consecutiveDays: Number(r.checkins?.consecutiveDays ?? 0) || 0 },
    corrections: Array.isArray(r.corrections) ? r.corrections : [],
    serverTime: typeof r.serverTime === 'number' ? r.serverTime : NaN
  }
}
