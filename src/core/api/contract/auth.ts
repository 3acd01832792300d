// The auth functions' wire contracts: one-time codes by SMS, Alipay sign-in, the session and logging out.
import { z } from 'zod'
import { otpSchema, phoneSchema } from '../../validation/common'
import { defineContract } from './define'

/** The signed-in account as its owner sees it: roles and, for staff, the region and checkpoint. */
export interface AccountView {
  id: string
  roles: string[]
  region: string | null
  pointId: string | null
  displayName: string | null
  phoneMasked: string | null
}

/** A new session: the bearer token, its expiry (epoch ms) and the account. */
export interface SessionResult {
  token: string
  expiresAt: number
  account: AccountView
}

/** How long the code sent lives, and how soon another may be asked for. */
export interface OtpSent {
  ttlSeconds: number
  resendSeconds: number
}

/** Who the caller is, and the host's clock. */
export interface CurrentSession {
  account: AccountView
  serverTime: number
}

export interface SessionsEnded {
  ended: number
}

const empty = z.object({}).strict()

export const authOtpRequest = defineContract<OtpSent>()('auth-otp-request', z.object({ phone: phoneSchema }).strict())
export const authOtpVerify = defineContract<SessionResult>()('auth-otp-verify', z.object({ phone: phoneSchema, code: otpSchema }).strict())
export const authAlipay = defineContract<SessionResult>()('auth-alipay',
  z.object({ authCode: z.string().trim().min(4).max(128).regex(/^[A-Za-z0-9_-]+$/, 'invalid_format') }).strict())
export const authSession = defineContract<CurrentSession>()('auth-session', empty)
export const authLogout = defineContract<SessionsEnded>()('auth-logout', empty)
export const authLogoutAll = defineContract<SessionsEnded>()('auth-logout-all', empty)

export const AUTH_CONTRACTS = [authOtpRequest, authOtpVerify, authAlipay, authSession, authLogout, authLogoutAll] as const
