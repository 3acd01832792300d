// What the platform transports share (cloud.weapp.ts, cloud.alipay.ts, cloud.h5.ts import from here,
// never from './cloud': Taro would resolve './cloud' back to the platform file itself).
// The answer's shape and the return codes are the one wire contract in src/core/api/.
import { ReturnCode, type FunctionResult } from '@core/api/return-codes'
import type { FunctionInput, FunctionName, FunctionOutput } from '@core/api/contract'
import { retryWhenBusy } from './busy-retry'

export { ReturnCode, type FunctionResult }
export type { FunctionInput, FunctionName, FunctionOutput }

/** One call to a cloud function, typed by its contract. */
export interface CallFunction {
  <N extends FunctionName>(name: N, data: FunctionInput<N>): Promise<FunctionResult<FunctionOutput<N>>>
}

/**
 * A platform's transport, typed by the contract. Every call of every platform passes here, so this is
 * where a 50302 (busy, nothing done) is retried with backoff while the app says "busy, retrying".
 */
export function typedCall(transport: Transport): CallFunction {
  const send = retryWhenBusy(transport)
  return ((name: string, data: Record<string, unknown>) => send(name, data)) as CallFunction
}

/** What a transport does with a call, before the contract types it. */
export type Transport = (name: string, data: Record<string, unknown>) => Promise<FunctionResult<unknown>>

export function isSessionError(code: number): boolean {
  return code === ReturnCode.UNAUTHENTICATED || code === ReturnCode.SESSION_EXPIRED
}

/** Coerce whatever came back into a FunctionResult, so pages only ever see one shape. */
export function toFunctionResult<T>(raw: unknown): FunctionResult<T> {
  if (raw && typeof raw === 'object' && typeof (raw as FunctionResult).code === 'number') {
    const r = raw as FunctionResult<T>
    return { ...r, message: typeof r.message === 'string' ? r.message : '' }
  }
  return { code: ReturnCode.INTERNAL, error: 'bad_response', message: 'Malformed response from the host' }
}

export function networkFailure<T>(err: unknown): FunctionResult<T> {
  const message = err && typeof err === 'object' && 'errMsg' in err ? String((err as { errMsg: unknown }).errMsg) : String(err)
  return { code: ReturnCode.NETWORK, error: 'network', message }
}
