// The waits between retries of a 50302: exponential windows with jitter, never under the host's retryAfter, capped.
import { BUSY_BASE_MS, BUSY_CAP_MS, busyDelayMs } from './busy-backoff'

it('doubles the window each retry; the wait lies in its upper half, as random picks', () => {
  for (const retry of [0, 1, 2, 3]) {
    const w = Math.min(BUSY_CAP_MS, BUSY_BASE_MS * 2 ** retry)
    expect(busyDelayMs(retry, undefined, 0)).toBe(w / 2)
    expect(busyDelayMs(retry, undefined, 0.999999)).toBe(w)
    expect(busyDelayMs(retry, undefined, 0.5)).toBe(Math.round(w * 0.75))
  }
  expect([0, 1, 2].map(r => busyDelayMs(r, undefined, 0))).toEqual([250, 500, 1000])
})

it("never waits less than the host's retryAfter, still spreading phones above it", () => {
  expect(busyDelayMs(0, 2, 0)).toBe(2000)
  expect(busyDelayMs(0, 2, 0.999999)).toBe(2250)
  expect(busyDelayMs(2, 2, 0.999999)).toBe(3000)
  expect(busyDelayMs(2, 0.5, 0)).toBe(1000)
})

it('caps every wait, and does not retry at all when the host asks for longer than the cap', () => {
  expect(busyDelayMs(10, undefined, 0.999999)).toBe(BUSY_CAP_MS)
  expect(busyDelayMs(0, BUSY_CAP_MS / 1000, 0.999999)).toBe(BUSY_CAP_MS)
  expect(busyDelayMs(0, 30, 0)).toBeNull()
})

it('ignores a retryAfter that is not a positive number', () => {
  for (const odd of ['5', -3, NaN, Infinity, null]) expect(busyDelayMs(0, odd, 0)).toBe(250)
})
