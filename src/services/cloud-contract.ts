// The one contract between pages and the cloud functions, whatever carries the call.
// Platform transports (cloud.weapp.ts, cloud.alipay.ts, cloud.h5.ts) import from here, never
// from './cloud': Taro would resolve './cloud' back to the platform file itself.

export interface CloudIssue {
  path: string
  code: string
  message: string
}

/** What every host function answers. code 0 = ok. */
export interface CloudResult<T = unknown> {
  code: number
  error?: string
  message: string
  data?: T
  issues?: CloudIssue[]
}

export type CallFunction = <T = unknown>(name: string, data?: Record<string, unknown>) => Promise<CloudResult<T>>

/** Stable codes the host returns (src/core/api/return-codes.ts has the full list; see docs/frontend.md). */
export const CloudCode = {
  OK: 0,
  INVALID_INPUT: 40001,
  IDENTITY_IN_BODY: 40002,
  UNAUTHENTICATED: 40101,
  SESSION_EXPIRED: 40102,
  /** The one-time code is wrong, used or expired (not a session problem). */
  OTP_INVALID: 40103,
  FORBIDDEN: 40301,
  RATE_LIMITED: 42901,
  INTERNAL: 50001,
  /** Client side: the request never got an answer (offline, DNS, timeout). */
  NETWORK: 59901,
  /** Client side: this build has no transport for the platform. */
  UNSUPPORTED: 59902
} as const

export function isSessionError(code: number): boolean {
  return code === CloudCode.UNAUTHENTICATED || code === CloudCode.SESSION_EXPIRED
}

/** Coerce whatever came back into a CloudResult, so pages only ever see one shape. */
export function toCloudResult<T>(raw: unknown): CloudResult<T> {
  if (raw && typeof raw === 'object' && typeof (raw as CloudResult).code === 'number') {
    const r = raw as CloudResult<T>
    return { ...r, message: typeof r.message === 'string' ? r.message : '' }
  }
  return { code: CloudCode.INTERNAL, error: 'bad_response', message: 'Malformed response from the host' }
}

export function networkFailure<T>(err: unknown): CloudResult<T> {
  const message = err && typeof err === 'object' && 'errMsg' in err ? String((err as { errMsg: unknown }).errMsg) : String(err)
  return { code: CloudCode.NETWORK, error: 'network', message }
}
