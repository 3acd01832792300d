// How long until the earliest time a status can end (StatusView.earliestExitAt), in whole days and
// hours on the corrected clock. Rounded up, so "0 hours" never shows while time is still left.
import { hoursUntil } from '@/i18n/time'

export interface ExitCountdown {
  days: number
  hours: number
  /** The earliest exit time has passed; the other conditions (check-ins, a test) may still be missing. */
  reached: boolean
}

export function exitCountdown(earliestExitAt: string | null | undefined, nowMs: number): ExitCountdown | null {
  if (!earliestExitAt) return null
  const left = hoursUntil(earliestExitAt, nowMs)
  if (left === null) return null
  if (left <= 0) return { days: 0, hours: 0, reached: true }
  const hours = Math.ceil(left)
  return { days: Math.floor(hours / 24), hours: hours % 24, reached: false }
}

/** "3 天 4 小时" / "3 days 4 hours"; a zero part is left out ("4 小时", "1 day"). */
export function spanText(c: ExitCountdown, lang: 'zh-CN' | 'en'): string {
  const parts: string[] = []
  if (lang === 'en') {
    if (c.days) parts.push(`${c.days} ${c.days === 1 ? 'day' : 'days'}`)
    if (c.hours || !c.days) parts.push(`${c.hours} ${c.hours === 1 ? 'hour' : 'hours'}`)
  } else {
    if (c.days) parts.push(`${c.days} 天`)
    if (c.hours || !c.days) parts.push(`${c.hours} 小时`)
  }
  return parts.join(' ')
}
