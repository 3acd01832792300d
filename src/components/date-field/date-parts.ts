// The H5 date field's three lists (year, month, day), bounded by the field's min and max: what each list
// offers given what is chosen in the others, and the date once all three are chosen. Dates are the
// form's own YYYY-MM-DD strings (China days); no Date objects, so no time zone can shift a day.

export interface DateParts { y: number | null; m: number | null; d: number | null }

const pad = (n: number) => String(n).padStart(2, '0')
const parse = (date: string | undefined): DateParts | null => {
  const m = date ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(date) : null
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : null
}

export function daysInMonth(y: number, m: number): number {
  return m === 2 ? ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31
}

export function partsOf(value: string): DateParts {
  return parse(value) ?? { y: null, m: null, d: null }
}

/** The date when all three are chosen and within the bounds, else ''. */
export function dateOf(p: DateParts, min?: string, max?: string): string {
  if (p.y === null || p.m === null || p.d === null || p.d > daysInMonth(p.y, p.m)) return ''
  const date = `${p.y}-${pad(p.m)}-${pad(p.d)}`
  return (min && date < min) || (max && date > max) ? '' : date
}

const range = (from: number, to: number) => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i)

/**
 * What each list offers. Years: from min's to max's (without a min, the 100 years up to max; without a max,
 * up to next year), newest first. Months and days: those of the chosen year (and month) within the bounds.
 */
export function options(p: DateParts, min?: string, max?: string, thisYear = new Date().getFullYear()): { years: number[]; months: number[]; days: number[] } {
  const lo = parse(min)
  const hi = parse(max)
  const lastYear = hi?.y ?? thisYear + 1
  const years = range(lo?.y ?? lastYear - 100, lastYear).reverse()
  const months = p.y === null ? [] : range(lo && p.y === lo.y ? lo.m! : 1, hi && p.y === hi.y ? hi.m! : 12)
  const days = p.y === null || p.m === null ? [] : range(
    lo && p.y === lo.y && p.m === lo.m ? lo.d! : 1,
    Math.min(daysInMonth(p.y, p.m), hi && p.y === hi.y && p.m === hi.m ? hi.d! : 31)
  )
  return { years, months, days }
}

/**
 * After one list changed: a list left with a single choice is chosen for the person (a trip's 14 days
 * usually sit in one year and month), and a choice the others no longer allow is cleared.
 */
export function settle(p: DateParts, min?: string, max?: string, thisYear?: number): DateParts {
  let next = { ...p }
  const o1 = options(next, min, max, thisYear)
  if (next.y === null && o1.years.length === 1) next.y = o1.years[0]
  if (next.y !== null && !o1.years.includes(next.y)) next = { y: null, m: null, d: null }
  const o2 = options(next, min, max, thisYear)
  if (next.m !== null && !o2.months.includes(next.m)) next.m = null
  if (next.y !== null && next.m === null && o2.months.length === 1) next.m = o2.months[0]
  const o3 = options(next, min, max, thisYear)
  if (next.d !== null && !o3.days.includes(next.d)) next.d = null
  return next
}
