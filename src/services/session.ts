// The session the host issued: token + expiry + the account it belongs to. Stored with Taro's
// storage API (localStorage on H5, wx/my storage in mini-programs). WeChat calls don't need the
// token (the host sees OPENID), but the account is still kept here for the UI.
import Taro from '@tarojs/taro'

import type { AccountView, SessionResult } from '@core/api/contract/auth'

/** What sign-in answered, kept as it came (an older app stored expiresAt as ISO text; expiryMs reads both). */
export type Session = Omit<SessionResult, 'expiresAt'> & { expiresAt: string | number }

const KEY = 'hc.session'

export function loadSession(now = Date.now()): Session | null {
  let s: Session | null = null
  try {
    s = (Taro.getStorageSync(KEY) as Session) || null
  } catch {
    return null
  }
  if (!s || typeof s.token !== 'string') return null
  if (expiryMs(s.expiresAt) <= now) {
    clearSession()
    return null
  }
  return s
}

export function saveSession(s: Session): void {
  Taro.setStorageSync(KEY, s)
}

export function updateAccount(account: AccountView): void {
  const s = loadSession()
  if (s) saveSession({ ...s, account })
}

export function clearSession(): void {
  try {
    Taro.removeStorageSync(KEY)
  } catch {
    // storage unavailable: nothing to clear
  }
}

export function sessionToken(): string | null {
  return loadSession()?.token ?? null
}

function expiryMs(v: string | number): number {
  const n = typeof v === 'number' ? v : Date.parse(v)
  return Number.isFinite(n) ? n : 0
}
