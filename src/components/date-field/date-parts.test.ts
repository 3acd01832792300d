import { dateOf, daysInMonth, options, partsOf, settle } from './date-parts'

it('offers only the years, months and days between min and max', () => {
  const min = '2026-11-13'
  const max = '2026-11-27'
  const o = options(settle(partsOf(''), min, max), min, max)
  expect(o.years).toEqual([2026])
  expect(o.months).toEqual([11])
  expect(o.days).toEqual([13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27])
})

it('crosses a year: December and January, each with its own days', () => {
  const min = '2026-12-20'
  const max = '2027-01-03'
  expect(options(partsOf(''), min, max).years).toEqual([2027, 2026])
  expect(options({ y: 2026, m: null, d: null }, min, max).months).toEqual([12])
  expect(options({ y: 2026, m: 12, d: null }, min, max).days).toEqual([20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31])
  expect(options({ y: 2027, m: 1, d: null }, min, max).days).toEqual([1, 2, 3])
})

it('without a min, offers a hundred years up to max', () => {
  const o = options(partsOf(''), undefined, '2026-11-27')
  expect(o.years[0]).toBe(2026)
  expect(o.years).toHaveLength(101)
})

it('makes a date only from three choices within the bounds, and clears a day the month does not have', () => {
  expect(dateOf({ y: 2026, m: 2, d: 28 })).toBe('2026-02-28')
  expect(dateOf({ y: 2026, m: 2, d: null })).toBe('')
  expect(dateOf({ y: 2026, m: 2, d: 30 })).toBe('')
  expect(dateOf({ y: 2026, m: 11, d: 28 }, undefined, '2026-11-27')).toBe('')
  expect(settle({ y: 2026, m: 2, d: 31 }, undefined, '2026-11-27')).toEqual({ y: 2026, m: 2, d: null })
  expect(daysInMonth(2024, 2)).toBe(29)
  expect(daysInMonth(2100, 2)).toBe(28)
  expect(partsOf('2026-11-20')).toEqual({ y: 2026, m: 11, d: 20 })
})
