// Date-times per the spec: only `plusTime` and `dccDateOfBirth` make them, always at millisecond
// precision in UTC. Parsing is hand-written (no Date.parse, whose accepted formats vary per engine,
// and no Date.UTC, which maps years 0-99 to 1900-1999).
import { CertLogicError } from './errors'

/** Immutable date-time value; immutability lets compiled rules share (memoise) instances safely. */
export class CertLogicDateTime {
  constructor(readonly epochMs: number) {
    Object.freeze(this)
  }

  toDate(): Date {
    return new Date(this.epochMs)
  }

  toISOString(): string {
    return new Date(this.epochMs).toISOString()
  }

  toJSON(): string {
    return this.toISOString()
  }
}

export type TimeUnit = 'year' | 'month' | 'day' | 'hour'
export const TIME_UNITS: readonly string[] = ['year', 'month', 'day', 'hour']

const MS_PER_HOUR = 3600000
const MS_PER_DAY = 86400000

function isLeap(y: number): boolean {
  return y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)
}

function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeap(y) ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(y: number, m: number, d: number): number {
  // Shifted by one 400-year era so every intermediate is non-negative and `| 0` can floor.
  const yy = (m <= 2 ? y - 1 : y) + 400
  const era = (yy / 400) | 0
  const yoe = yy - era * 400
  const doy = (((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) | 0) + d - 1
  const doe = yoe * 365 + ((yoe / 4) | 0) - ((yoe / 100) | 0) + doy
  return (era - 1) * 146097 + doe - 719468
}

/** Value of `len` decimal digits at `at`, or -1 if any of them is not a digit. */
function digits(s: string, at: number, len: number): number {
  let n = 0
  for (let i = at; i < at + len; i++) {
    const c = s.charCodeAt(i) - 48
    if (!(c >= 0 && c <= 9)) return -1 // also NaN, past the end of the string
    n = n * 10 + c
  }
  return n
}

function bad(s: string, why: string): CertLogicError {
  return new CertLogicError('INVALID_DATE_TIME', `not an allowed date(-time) (${why}): ${JSON.stringify(s)}`)
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` → epoch ms of the last day consistent with it, at 00:00Z. */
function parseDate(s: string, len: number): number {
  const y = digits(s, 0, 4)
  if (y < 0 || (len !== 4 && len < 7) || (len > 4 && s.charCodeAt(4) !== 45)) throw bad(s, 'date part')
  if (len === 4) return daysFromCivil(y, 12, 31) * MS_PER_DAY
  const m = digits(s, 5, 2)
  if (m < 1 || m > 12) throw bad(s, 'month')
  if (len === 7) return daysFromCivil(y, m, daysInMonth(y, m)) * MS_PER_DAY
  const d = len >= 10 && s.charCodeAt(7) === 45 ? digits(s, 8, 2) : -1
  if (d < 1 || d > daysInMonth(y, m)) throw bad(s, 'day')
  return daysFromCivil(y, m, d) * MS_PER_DAY
}

/** `[+-]h`, `hh`, `hmm`, `hhmm`, `h:mm` or `hh:mm` starting after the sign → offset in minutes. */
function parseOffset(s: string, at: number): number {
  const rest = s.length - at
  const colon = s.indexOf(':', at)
  let h = -1
  let m = 0
  if (colon < 0) {
    if (rest <= 2) h = digits(s, at, rest)
    else if (rest <= 4) { h = digits(s, at, rest - 2); m = digits(s, s.length - 2, 2) }
  } else if ((colon === at + 1 || colon === at + 2) && s.length - colon === 3) {
    h = digits(s, at, colon - at)
    m = digits(s, colon + 1, 2)
  }
  if (rest < 1 || h < 0 || h > 23 || m < 0 || m > 59) throw bad(s, 'time zone offset')
  return h * 60 + m
}

/** Parses every format the spec allows for `plusTime`; returns epoch milliseconds (UTC). */
export function parseDateTime(s: string): number {
  if (s.length <= 10) return parseDate(s, s.length)
  if (s.charCodeAt(10) !== 84 /* T */ || s.length < 19) throw bad(s, 'time part')
  let ms = parseDate(s, 10)
  const h = digits(s, 11, 2)
  const mi = digits(s, 14, 2)
  const sec = digits(s, 17, 2)
  if (s.charCodeAt(13) !== 58 || s.charCodeAt(16) !== 58 || h < 0 || h > 23 || mi < 0 || mi > 59 || sec < 0 || sec > 59) {
    throw bad(s, 'time of day')
  }
  ms += h * MS_PER_HOUR + mi * 60000 + sec * 1000
  let i = 19
  if (s.charCodeAt(i) === 46 /* . */) {
    // Any number of decimals; those beyond the third are dropped (rounding down), as the spec says.
    let scale = 100
    const start = ++i
    for (let c = s.charCodeAt(i) - 48; c >= 0 && c <= 9; c = s.charCodeAt(++i) - 48) {
      ms += c * scale
      scale /= 10
      if (scale < 1) scale = 0
    }
    if (i === start) throw bad(s, 'fraction of a second')
  }
  if (i === s.length) return ms // no offset means Z
  const c = s.charCodeAt(i)
  if (c === 90 /* Z */ && i + 1 === s.length) return ms
  if (c !== 43 && c !== 45) throw bad(s, 'time zone offset')
  const offset = parseOffset(s, i + 1)
  return c === 43 ? ms - offset * 60000 : ms + offset * 60000
}

/** The `dccDateOfBirth` conversion (as epoch ms): only the three date formats, to the last consistent day. */
export function dateOfBirthMs(s: string): number {
  if (s.length !== 4 && s.length !== 7 && s.length !== 10) throw bad(s, 'date of birth must be YYYY, YYYY-MM or YYYY-MM-DD')
  return parseDate(s, s.length)
}

export function dccDateOfBirth(s: string): CertLogicDateTime {
  return new CertLogicDateTime(dateOfBirthMs(s))
}

/** Offsets with the UTC Date methods the spec names, so leap days roll over exactly as in JS. */
export function addTime(epochMs: number, amount: number, unit: TimeUnit): number {
  const r = offset(epochMs, amount, unit)
  // Beyond ±8.64e15 ms a JS Date is invalid; fail loudly rather than compare NaN (always false).
  if (!(r >= -8.64e15 && r <= 8.64e15)) throw new CertLogicError('INVALID_DATE_TIME', `plusTime result out of range (${amount} ${unit})`)
  return r
}

function offset(epochMs: number, amount: number, unit: TimeUnit): number {
  switch (unit) {
    // Adding whole days/hours via setUTCDate/setUTCHours is exact arithmetic: UTC has no DST.
    case 'hour': return epochMs + amount * MS_PER_HOUR
    case 'day': return epochMs + amount * MS_PER_DAY
    case 'month': { const d = new Date(epochMs); return d.setUTCMonth(d.getUTCMonth() + amount) }
    case 'year': { const d = new Date(epochMs); return d.setUTCFullYear(d.getUTCFullYear() + amount) }
  }
}

export function plusTime(s: string, amount: number, unit: TimeUnit): CertLogicDateTime {
  return new CertLogicDateTime(addTime(parseDateTime(s), amount, unit))
}
