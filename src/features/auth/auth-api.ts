// Typed wrappers over the auth functions the host exposes. Nothing here names an account id:
// the host knows the caller from OPENID (WeChat) or the session token (H5, Alipay).
import { callFunction } from '@/services/cloud'
import type { Account, Session } from '@/services/session'

export const requestOtp = (phone: string) => callFunction<{ ttlSeconds: number }>('auth-otp-request', { phone })
export const verifyOtp = (phone: string, code: string) => callFunction<Session>('auth-otp-verify', { phone, code })
export const fetchSession = () => callFunction<{ account: Account }>('auth-session', {})
export const logout = () => callFunction<unknown>('auth-logout', {})
export const logoutAll = () => callFunction<unknown>('auth-logout-all', {})
