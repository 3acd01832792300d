// The phone's clock correction (docs/code-format.md §5). Neither phone is trusted to have the right
// time, so each sync with the server yields `offset = serverTime − (sent + received) / 2`, the midpoint
// of the request; the phone then presents at `Date.now() + offset`. A phone an hour wrong still makes
// codes that verify once it has synced once.

export interface ClockSample {
  /** Server time minus the phone's clock, ms. */
  offsetMs: number
  /** Round trip of the request that measured it, ms: the offset is known to ±roundTrip/2. */
  roundTripMs: number
  /** Phone time (uncorrected) when it was measured. */
  at: number
}

/** A round trip longer than this says little about the time (±15 s); keep a better earlier sample. */
export const MAX_TRUSTED_ROUND_TRIP_MS = 30_000

export function sampleFrom(serverTimeMs: number, sentMs: number, receivedMs: number): ClockSample | null {
  if (!Number.isFinite(serverTimeMs) || receivedMs < sentMs) return null
  return { offsetMs: Math.round(serverTimeMs - (sentMs + receivedMs) / 2), roundTripMs: receivedMs - sentMs, at: receivedMs }
}

/** The latest sample wins (the phone's clock may have been changed since), unless its round trip was too slow to trust. */
export function pickSample(previous: ClockSample | null, next: ClockSample | null): ClockSample | null {
  if (!next) return previous
  if (previous && next.roundTripMs > MAX_TRUSTED_ROUND_TRIP_MS && previous.roundTripMs <= next.roundTripMs) return previous
  return next
}

export function correctedNow(deviceNowMs: number, sample: ClockSample | null): number {
  return deviceNowMs + (sample?.offsetMs ?? 0)
}
