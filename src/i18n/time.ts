// Dates and times as people read them, on dayjs configured once, here. Every other client file uses these
// helpers rather than dayjs or Date: the domain core (src/core) keeps its own epoch arithmetic and never
// imports dayjs.
//
// China Standard Time is a fixed UTC+08:00 (no daylight saving since 1991), whatever zone the phone is set to:
// a code's validity is the same at every door. The mini-program engines may lack time-zone data, so neither
// dayjs's timezone plugin nor Intl is used. Only the utc plugin: the instant is read in UTC mode and moved by
// the fixed offset, so the phone's own zone never enters. (`dayjs.utc(ms).utcOffset(480)` goes through the
// phone's local zone and is an hour off for some hours around a DST change where the phone's zone has one,
// e.g. Europe/Berlin on 2025-03-29 18:00–22:59 UTC; time.test.ts checks this.)
//
// Words ("3 分钟前" / "3 minutes ago") follow the app's language (src/i18n): zh-CN → dayjs's `zh-cn`,
// en → `en` (built in). Only the plugins and the locale used here are imported (bundle size, TOOLCHAIN.md).
import dayjs, { type Dayjs } from 'dayjs'
import utc from 'dayjs/plugin/utc'
import relativeTime from 'dayjs/plugin/relativeTime'
import 'dayjs/locale/zh-cn'
import { getLang, type Lang } from './index'

dayjs.extend(utc)
dayjs.extend(relativeTime)

/** China Standard Time, UTC+08:00, in minutes. */
export const CHINA_OFFSET_MIN = 480

const LOCALE: Record<Lang, string> = { 'zh-CN': 'zh-cn', en: 'en' }

/** An instant: epoch milliseconds, or an ISO 8601 date-time with its zone (`2026-11-27T08:00:00Z`). */
export type Instant = number | string

function instant(at: Instant | null | undefined): Dayjs | null {
  if (at === null || at === undefined || at === '') return null // dayjs(undefined) would be "now"
  const d = dayjs.utc(at)
  return d.isValid() ? d : null
}

/** The wall clock in China at `at`, as a UTC-mode Dayjs whose fields are China's (format only, never compare). */
function chinaWall(at: Instant | null | undefined): Dayjs | null {
  const d = instant(at)
  return d && d.add(CHINA_OFFSET_MIN, 'minute')
}

// What a time that is not one shows: a string as written (a host's text is still worth reading), else a dash.
const unreadable = (at: Instant | null | undefined) => (typeof at === 'string' && at ? at : '—')

/** Epoch ms of an instant, or null when it is none. */
export function instantMs(at: Instant | null | undefined): number | null {
  const d = instant(at)
  return d ? d.valueOf() : null
}

/** `2026-11-27 16:05` in China Standard Time; with seconds `2026-11-27 16:05:09`. */
export function chinaDateTime(at: Instant, withSeconds = false): string {
  const d = chinaWall(at)
  return d ? d.format(withSeconds ? 'YYYY-MM-DD HH:mm:ss' : 'YYYY-MM-DD HH:mm') : unreadable(at)
}

/** The China day of an instant, `2026-11-27` (the day a check-in counts for, the forms' "today"). */
export function chinaDay(at: Instant): string {
  const d = chinaWall(at)
  return d ? d.format('YYYY-MM-DD') : unreadable(at)
}

/** A China day (`YYYY-MM-DD`) moved by whole days: `addDays('2026-03-01', -1)` → `2026-02-28`. */
export function addDays(day: string, days: number): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return day
  const d = dayjs.utc(day) // a calendar day: read and moved in UTC mode, never in the phone's zone
  return d.isValid() ? d.add(days, 'day').format('YYYY-MM-DD') : day
}

/** Hours from `now` until `at` (negative once passed, with fractions), or null when `at` is no instant. */
export function hoursUntil(at: Instant | null | undefined, nowMs: number): number | null {
  const d = instant(at)
  return d ? d.diff(nowMs, 'hour', true) : null
}

/** Whole seconds from `at` until `now` (negative if `at` is later), or null when `at` is no instant. */
export function secondsSince(at: Instant | null | undefined, nowMs: number): number | null {
  const d = instant(at)
  return d ? dayjs.utc(nowMs).diff(d, 'second') : null
}

/**
 * How long ago (or ahead) `at` is from `now`, in words of the language: "3 分钟前", "几秒前", "2 天前";
 * "3 minutes ago", "a few seconds ago". dayjs's rounding and steps (under 45 s "a few seconds", then minutes,
 * hours from 45 minutes, days from 22 hours, …).
 */
export function relative(at: Instant, nowMs: number, lang: Lang = getLang()): string {
  const d = instant(at)
  return d ? d.locale(LOCALE[lang]).from(dayjs.utc(nowMs)) : unreadable(at)
}
