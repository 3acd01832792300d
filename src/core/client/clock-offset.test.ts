import { correctedNow, MAX_TRUSTED_ROUND_TRIP_MS, pickSample, sampleFrom } from './clock-offset'

describe('clock offset from the request midpoint', () => {
  it('is server time minus the midpoint of send and receive', () => {
    // Phone one hour slow: sent at 1000, answered at 1400, server said 3_600_000 + 1200.
    expect(sampleFrom(3_601_200, 1000, 1400)).toEqual({ offsetMs: 3_600_000, roundTripMs: 400, at: 1400 })
    // Phone 90 s fast.
    expect(sampleFrom(10_000, 100_000, 100_200)!.offsetMs).toBe(-90_100)
  })
  it('ignores nonsense samples', () => {
    expect(sampleFrom(NaN, 0, 1)).toBeNull()
    expect(sampleFrom(5, 10, 9)).toBeNull()
  })
  it('lets the latest sample win unless its round trip was too slow to trust', () => {
    const good = sampleFrom(10_000, 0, 200)!
    const slowButFine = sampleFrom(20_000, 0, 5_000)!
    const tooSlow = sampleFrom(99_000, 0, MAX_TRUSTED_ROUND_TRIP_MS + 1)!
    expect(pickSample(good, slowButFine)).toBe(slowButFine)
    expect(pickSample(good, tooSlow)).toBe(good)
    expect(pickSample(null, tooSlow)).toBe(tooSlow)
    expect(pickSample(good, null)).toBe(good)
  })
  it('corrects the device clock, or leaves it alone before the first sync', () => {
    expect(correctedNow(1_000, { offsetMs: 3_600_000, roundTripMs: 1, at: 0 })).toBe(3_601_000)
    expect(correctedNow(1_000, null)).toBe(1_000)
  })
})
