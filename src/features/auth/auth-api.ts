// Typed wrappers over the auth functions the host exposes. Nothing here names an account id:
// the host knows the caller from OPENID (WeChat) or the session token (H5, Alipay).
import { callFunction } from '@/services/cloud'

export const requestOtp = (phone: string) => callFunction('auth-otp-request', { phone })
export const verifyOtp = (phone: string, code: string) => callFunction('auth-otp-verify', { phone, code })
export const fetchSession = () => callFunction('auth-session', {})
export const logout = () => callFunction('auth-logout', {})
export const logoutAll = () => callFunction('auth-logout-all', {})
