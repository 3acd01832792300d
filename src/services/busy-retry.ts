// The gateway's answer to 50302 (busy): the host did nothing, so asking again is always safe. Wait (see
// core/client/busy-backoff.ts) and ask again, up to BUSY_RETRIES times, with the app-wide "busy, retrying"
// status on meanwhile; then hand the last answer, 50302 included, to the page. Every other answer passes
// through untouched. Wraps each platform's transport in cloud-contract.ts' typedCall.
import { ReturnCode, type FunctionResult } from '@core/api/return-codes'
import { BUSY_RETRIES, busyDelayMs } from '@core/client/busy-backoff'
import { busyRetryBegan, busyRetryEnded } from './busy-status'

type Send = (name: string, data: Record<string, unknown>) => Promise<FunctionResult<unknown>>

export interface BusyRetryOptions {
  retries?: number
  sleep?: (ms: number) => Promise<void>
  /** A number in [0, 1) for the jitter. */
  random?: () => number
  status?: { began(): void; ended(): void }
}

export function retryWhenBusy(send: Send, options: BusyRetryOptions = {}): Send {
  const retries = options.retries ?? BUSY_RETRIES
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>(resolve => setTimeout(resolve, ms)))
  const random = options.random ?? jitter
  const status = options.status ?? { began: busyRetryBegan, ended: busyRetryEnded }
  return async (name, data) => {
    let result = await send(name, data)
    let signalled = false
    try {
      for (let retry = 0; result.code === ReturnCode.BUSY && retry < retries; retry++) {
        const wait = busyDelayMs(retry, result.retryAfter, random())
        if (wait === null) break
        if (!signalled) { signalled = true; status.began() }
        await sleep(wait)
        result = await send(name, data)
      }
    } finally {
      if (signalled) status.ended()
    }
    return result
  }
}

/**
 * The jitter's numbers: xorshift32, seeded from the clock when the app loads. Jitter only spreads phones
 * apart and protects nothing, and the app keeps Math.random out of every path after launch (the
 * mini-program sandbox tests spy on it), so it does not come from there either.
 */
let seed = (Date.now() % 0xffffffff) >>> 0 || 0x9e3779b9
function jitter(): number {
  seed ^= seed << 13
  seed >>>= 0
  seed ^= seed >>> 17
  seed ^= seed << 5
  seed >>>= 0
  return seed / 0x100000000
}
