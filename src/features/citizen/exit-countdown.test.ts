import { exitCountdown, spanText } from './exit-countdown'

const H = 3600_000
const now = Date.parse('2026-11-27T08:00:00Z')

it('counts whole days and hours to the earliest exit, rounding up', () => {
  const c = exitCountdown(new Date(now + 3 * 24 * H + 3.5 * H).toISOString(), now)!
  expect(c).toEqual({ days: 3, hours: 4, reached: false })
  expect(spanText(c, 'zh-CN')).toBe('3 天 4 小时')
  expect(spanText(c, 'en')).toBe('3 days 4 hours')
})

it('leaves out a zero part and says "1 day" in English', () => {
  expect(spanText(exitCountdown(new Date(now + 24 * H).toISOString(), now)!, 'en')).toBe('1 day')
  expect(spanText(exitCountdown(new Date(now + 60_000).toISOString(), now)!, 'zh-CN')).toBe('1 小时')
})

it('says when the earliest exit has passed, and nothing without a time', () => {
  expect(exitCountdown(new Date(now - 1).toISOString(), now)).toEqual({ days: 0, hours: 0, reached: true })
  expect(exitCountdown(null, now)).toBeNull()
  expect(exitCountdown('not a date', now)).toBeNull()
})
