import { chinaDate } from '@core/declaration/schema'
import { setLang } from './index'
import { addDays, chinaDateTime, chinaDay, hoursUntil, instantMs, relative, secondsSince } from './time'

const MIN = 60_000
const H = 60 * MIN

describe('China Standard Time, a fixed UTC+08:00', () => {
  it('turns the day at 16:00 UTC', () => {
    const before = Date.parse('2026-11-27T15:59:59Z')
    const after = Date.parse('2026-11-27T16:00:00Z')
    expect(chinaDateTime(before, true)).toBe('2026-11-27 23:59:59')
    expect(chinaDateTime(after, true)).toBe('2026-11-28 00:00:00')
    expect(chinaDay(before)).toBe('2026-11-27')
    expect(chinaDay(after)).toBe('2026-11-28')
  })

  it('crosses a month and a year at the UTC day boundary of China', () => {
    expect(chinaDateTime(Date.parse('2026-12-31T16:00:00Z'))).toBe('2027-01-01 00:00')
    expect(chinaDay(Date.parse('2028-02-28T16:30:00Z'))).toBe('2028-02-29')
  })

  it('reads epoch ms and ISO instants alike, without seconds unless asked', () => {
    expect(chinaDateTime(Date.parse('2026-11-27T08:05:09Z'))).toBe('2026-11-27 16:05')
    expect(chinaDateTime('2026-11-27T08:05:09Z', true)).toBe('2026-11-27 16:05:09')
    expect(chinaDateTime('2026-11-27T16:05:09+08:00', true)).toBe('2026-11-27 16:05:09')
    expect(instantMs('2026-11-27T08:00:00.000Z')).toBe(Date.parse('2026-11-27T08:00:00Z'))
  })

  it('shows what is not a time as written, or a dash', () => {
    expect(chinaDateTime('from the next rule set')).toBe('from the next rule set')
    expect(chinaDateTime(Number.NaN)).toBe('—')
    expect(chinaDay('')).toBe('—')
    expect(instantMs(null)).toBeNull()
    expect(instantMs(undefined)).toBeNull()
  })

  it('agrees with the domain core on the China day (the schema\'s "today")', () => {
    for (let ms = Date.parse('2026-03-01T00:00:00Z'); ms < Date.parse('2026-03-04T00:00:00Z'); ms += 17 * MIN) {
      expect(chinaDay(ms)).toBe(chinaDate(ms))
    }
  })

  // utcOffset(480) goes through the phone's zone; a phone set to a zone with daylight saving must still read
  // China time, as the hand-made formatting did.
  it.each(['Europe/Berlin', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Shanghai', 'UTC'])('ignores the phone\'s zone (%s), DST changes included', (tz) => {
    const saved = process.env.TZ
    process.env.TZ = tz
    try {
      for (const iso of ['2025-03-29T19:00:00Z', '2025-03-08T18:30:00Z', '2025-04-05T15:30:00Z', '2025-10-25T20:00:00Z', '2025-11-01T17:45:00Z']) {
        const ms = Date.parse(iso)
        const expected = new Date(ms + 8 * H).toISOString()
        expect(chinaDateTime(ms, true)).toBe(`${expected.slice(0, 10)} ${expected.slice(11, 19)}`)
        expect(chinaDay(ms)).toBe(expected.slice(0, 10))
      }
      expect(addDays('2025-03-30', -1)).toBe('2025-03-29')
      expect(addDays('2025-03-29', 1)).toBe('2025-03-30')
    } finally {
      if (saved === undefined) delete process.env.TZ
      else process.env.TZ = saved
    }
  })
})

describe('date arithmetic', () => {
  it('moves China days by whole days across months and leap days', () => {
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29')
    expect(addDays('2026-11-27', -14)).toBe('2026-11-13')
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
    expect(addDays('not a day', 1)).toBe('not a day')
  })

  it('counts hours until and seconds since an instant', () => {
    const now = Date.parse('2026-11-27T08:00:00Z')
    expect(hoursUntil(new Date(now + 3.5 * H).toISOString(), now)).toBe(3.5)
    expect(hoursUntil(now - H, now)).toBe(-1)
    expect(hoursUntil('never', now)).toBeNull()
    expect(secondsSince(new Date(now - 125_500).toISOString(), now)).toBe(125)
    expect(secondsSince(null, now)).toBeNull()
  })
})

describe('relative time in the app\'s language', () => {
  const now = Date.parse('2026-11-27T08:00:00Z')
  afterEach(() => setLang('zh-CN'))

  it('zh-CN', () => {
    expect(relative(now - 10_000, now, 'zh-CN')).toBe('几秒前')
    expect(relative(now - 3 * MIN, now, 'zh-CN')).toBe('3 分钟前')
    expect(relative(now - 5 * H, now, 'zh-CN')).toBe('5 小时前')
    expect(relative(now - 3 * 24 * H, now, 'zh-CN')).toBe('3 天前')
    expect(relative(now + 2 * H, now, 'zh-CN')).toBe('2 小时内')
  })

  it('en', () => {
    expect(relative(now - 10_000, now, 'en')).toBe('a few seconds ago')
    expect(relative(now - 3 * MIN, now, 'en')).toBe('3 minutes ago')
    expect(relative(now - 90 * MIN, now, 'en')).toBe('2 hours ago')
    expect(relative(now - 24 * H, now, 'en')).toBe('a day ago')
  })

  it('follows the current language when none is given, and takes ISO instants', () => {
    setLang('en')
    expect(relative('2026-11-27T07:57:00Z', now)).toBe('3 minutes ago')
    setLang('zh-CN')
    expect(relative('2026-11-27T07:57:00Z', now)).toBe('3 分钟前')
  })

  it('leaves formats alone: the same digits in both languages', () => {
    setLang('en')
    expect(chinaDateTime(now)).toBe('2026-11-27 16:00')
  })
})
