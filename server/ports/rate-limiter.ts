/** Fixed-window counters shared by every worker (they live in the store). */
export interface RateLimiter {
  /** Counts one hit; true when the key is still under `limit` hits in the current window. */
  hit(key: string, limit: number, windowMs: number): Promise<boolean>
  /** Hits counted so far for the key in the current window (counts nothing). */
  count(key: string, windowMs: number): Promise<number>
}
