// How long the app waits before asking again after a 50302 (busy: the host is over capacity or its store
// briefly failed, and nothing was done). Exponential with jitter, so phones refused together do not all
// come back together; never sooner than the host's `retryAfter`; a few times at most, then the page says so.

/** Retries after the first answer: four tries in all. */
export const BUSY_RETRIES = 3
/** The first retry's window; each next one doubles. */
export const BUSY_BASE_MS = 500
/** No single wait is longer: a person is looking at "busy, retrying". */
export const BUSY_CAP_MS = 8000

/**
 * The wait before retry `retry` (0 for the first), given the host's `retryAfter` (seconds) and a random
 * number in [0, 1). With window w = min(cap, base·2^retry) the wait is uniform in [lo, min(cap, lo + w/2)],
 * lo = max(retryAfter, w/2). Null when the host asked for longer than the cap: waiting that out on
 * screen helps nobody, so the 50302 goes to the page at once.
 */
export function busyDelayMs(retry: number, retryAfterSeconds: unknown, random: number): number | null {
  const floor = typeof retryAfterSeconds === 'number' && Number.isFinite(retryAfterSeconds) && retryAfterSeconds > 0 ? retryAfterSeconds * 1000 : 0
  if (floor > BUSY_CAP_MS) return null
  const window = Math.min(BUSY_CAP_MS, BUSY_BASE_MS * 2 ** retry)
  const lo = Math.max(floor, window / 2)
  const hi = Math.min(BUSY_CAP_MS, lo + window / 2)
  return Math.round(lo + Math.min(Math.max(random, 0), 1) * (hi - lo))
}
