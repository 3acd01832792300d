// The trust list the verifier decides with, kept in local storage so scanning works offline.
// `syncedAt` is set here, from the server's time at the sync (docs/code-format.md §7); verify() turns
// a list older than maxAgeSeconds into "cannot verify: update needed", never "valid".
import Taro from '@tarojs/taro'
import type { TrustListJson } from '@core/credential/trust-list'
import { secondsSince } from '@/i18n/time'

export const TRUST_KEY = 'hc.trust'
/** Used only when a stored list lacks the host's values (the host sends both). */
export const DEFAULT_MAX_AGE_S = 24 * 3600
export const DEFAULT_SYNC_S = 5 * 60

export interface StoredTrust extends TrustListJson {
  syncedAt: string
  maxAgeSeconds?: number
  syncSeconds?: number
  publishedAt?: string
}

export function loadTrust(): StoredTrust | null {
  try {
    const v = Taro.getStorageSync(TRUST_KEY) as StoredTrust | ''
    return v && typeof v === 'object' && typeof v.syncedAt === 'string' ? v : null
  } catch {
    return null
  }
}

export function saveTrust(list: Omit<StoredTrust, 'syncedAt'>, serverTimeMs: number): StoredTrust {
  const stored: StoredTrust = { ...list, syncedAt: new Date(serverTimeMs).toISOString() }
  try {
    Taro.setStorageSync(TRUST_KEY, stored)
  } catch {
    // Storage full: the list still serves this session; the next sync tries again.
  }
  return stored
}

export function maxAgeOf(t: StoredTrust | null): number {
  const v = t?.maxAgeSeconds
  return typeof v === 'number' && v > 0 ? v : DEFAULT_MAX_AGE_S
}

export function syncEveryOf(t: StoredTrust | null): number {
  const v = t?.syncSeconds
  return typeof v === 'number' && v > 0 ? v : DEFAULT_SYNC_S
}

/** Seconds since the list was synced, on the corrected clock; null when there is none. */
export function trustAgeSeconds(t: StoredTrust | null, nowMs: number): number | null {
  if (!t) return null
  const age = secondsSince(t.syncedAt, nowMs)
  return age === null ? null : Math.max(0, age)
}
