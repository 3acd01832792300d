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
  NOT_FOUND: 40401,
  UNKNOWN_FUNCTION: 40402,
  CONFLICT: 40901,
  ID_ALREADY_BOUND: 40902,
  GRANT_LIMIT: 40904,
  DEVICE_REPLACED: 40905,
  IDENTITY_LOCKED: 40903,
  PAYLOAD_TOO_LARGE: 41301,
  RATE_LIMITED: 42901,
  INTERNAL: 50001,
  UNAVAILABLE: 50301
} as const

export type ReturnCodeName = keyof typeof ReturnCode

export const ERROR_NAMES: Record<number, string> = Object.fromEntries(
  Object.entries(ReturnCode).map(([name, code]) => [code, name.toLowerCase()])
)

export interface Issue {
  path: string
  code: string
  message: string
}

export interface FunctionResult<T = unknown> {
  code: number
  error?: string
  message: string
  data?: T
  issues?: Issue[]
}
