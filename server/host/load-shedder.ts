// Load shedding. Past capacity a queued request only waits until it times out, and the people behind it
// press refresh, which adds more. So each worker holds at most MAX_IN_FLIGHT function calls at once and
// answers the next one 50302 (busy) straight away: nothing was done, try again in `retryAfter` seconds.
// The app retries a few times with jitter; showing and verifying a code need no host at all.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { ERROR_NAMES, ReturnCode } from '@core/api/return-codes'
import { localeFrom, returnMessage } from '@core/api/messages'

/**
 * Functions answered whatever the load, outside the count: `trust-sync` (the signed trust list and the
 * server time that verifiers and phones sync; cached and read-only). Their GET twins `/trust-list.json`
 * and `/api/time` never reach the count either: only POST /api/<function> is counted (api-routes.ts).
 */
export const NEVER_SHED: ReadonlySet<string> = new Set(['trust-sync'])

export class LoadShedder {
  private held = 0
  private refused = 0

  constructor(readonly maxInFlight: number, readonly retryAfterSeconds: number) {}

  /** Function calls this worker is serving now. */
  get inFlight(): number {
    return this.held
  }

  /** Calls answered 50302 by this worker since it started. */
  get shedCount(): number {
    return this.refused
  }

  /** True while the next call would be refused. */
  get saturated(): boolean {
    return this.held >= this.maxInFlight
  }

  /** Takes a place for one call; false (and counted) when every place is taken. */
  tryEnter(): boolean {
    if (this.held >= this.maxInFlight) {
      this.refused++
      return false
    }
    this.held++
    return true
  }

  leave(): void {
    if (this.held > 0) this.held--
  }
}

/** The refusal: HTTP 503 with Retry-After, and the same seconds in the body. The body is drained, never parsed. */
export function answerBusy(req: IncomingMessage, res: ServerResponse, retryAfterSeconds: number): void {
  req.resume()
  const code = ReturnCode.BUSY
  const text = JSON.stringify({
    code, error: ERROR_NAMES[code], message: returnMessage(code, localeFrom(req.headers['accept-language'])), retryAfter: retryAfterSeconds
  })
  res.writeHead(503, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'retry-after': String(retryAfterSeconds),
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store'
  })
  res.end(text)
}
