// Stable return codes of every cloud function, in the {code, message, data} style of GB/T 38963.
// Clients and scripts key on the numbers and the `error` names; never reuse or renumber one.
export const ReturnCode = {
  OK: 0,
  INVALID_INPUT: 40001,
  IDENTITY_IN_BODY: 40002,
  UNAUTHENTICATED: 40101,
  SESSION_EXPIRED: 40102,
  OTP_INVALID: 40103,
  FORBIDDEN: 40301,
  ACCOUNT_DISABLED: 40302,
  CONSENT_REQUIRED: 40303,
  SECOND_APPROVER_REQUIRED: 40305,
  NOT_DECLARED: 40304,
  /** The identity needs an in-person check by staff (the same answer whatever the reason: docs/data-protection.md). */
  IDENTITY_CHECK_REQUIRED: 40306,
  NOT_FOUND: 40401,
  UNKNOWN_FUNCTION: 40402,
  CONFLICT: 40901,
  /** Retired, no longer sent: it told a stranger that an ID number is registered. A number bound to another
   * account answers IDENTITY_CHECK_REQUIRED like every other reason for a check. Kept so it is never reused. */
  ID_ALREADY_BOUND: 40902,
  GRANT_LIMIT: 40904,
  DEVICE_REPLACED: 40905,
  IDENTITY_LOCKED: 40903,
  PAYLOAD_TOO_LARGE: 41301,
  RATE_LIMITED: 42901,
  INTERNAL: 50001,
  UNAVAILABLE: 50301,
  /** Retryable: the host is over capacity or its database briefly failed; nothing was done. `retryAfter` says when. */
  BUSY: 50302,
  /** Client side, never sent by the host: the request got no answer (offline, DNS, timeout). */
  NETWORK: 59901,
  /** Client side, never sent by the host: this build has no transport for the platform. */
  UNSUPPORTED: 59902
} as const

/** Codes the app makes up itself when no answer came; the host never returns them. */
export const CLIENT_SIDE_CODES: ReadonlySet<number> = new Set([ReturnCode.NETWORK, ReturnCode.UNSUPPORTED])

export type ReturnCodeName = keyof typeof ReturnCode

export const ERROR_NAMES: Record<number, string> = Object.fromEntries(
  Object.entries(ReturnCode).map(([name, code]) => [code, name.toLowerCase()])
)

export interface Issue {
  path: string
  code: string
  message: string
}

/** What every function answers (code 0 = OK), and what the client's gateway hands to pages. */
export interface FunctionResult<T = unknown> {
  code: number
  error?: string
  message: string
  data?: T
  issues?: Issue[]
  /** With BUSY (50302): seconds to wait before trying again (also sent as the Retry-After header). */
  retryAfter?: number
}
