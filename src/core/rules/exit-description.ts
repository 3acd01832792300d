// The exit condition in words, for the holder: what has to happen before the status turns green.
import type { Texts } from './rule-set'
import type { StatusRecord } from './status-transition'

export interface DescribeOptions {
  /** Offset of the displayed local time from UTC in minutes; China Standard Time (+08:00) by default. */
  utcOffsetMinutes?: number
}

/** `2026-12-11 08:00` in the given offset. */
export function localTime(iso: string, utcOffsetMinutes = 480): string {
  const t = new Date(Date.parse(iso) + utcOffsetMinutes * 60_000).toISOString()
  return `${t.slice(0, 10)} ${t.slice(11, 16)}`
}

function englishList(parts: string[]): string {
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`
}

/**
 * e.g. 转绿条件：隔离满14天（2026-12-11 08:00 之后）、连续打卡14天、核酸阴性 /
 * Turns green after 14 days (after 2026-12-11 08:00), 14 daily check-ins and a negative test.
 * Null for a green record.
 */
export function describeExit(record: Pick<StatusRecord, 'status' | 'exit' | 'earliestExitAt'>, options: DescribeOptions = {}): Texts | null {
  if (record.status === 'green') return null
  const exit = record.exit
  if (exit === null) return { zh: '转绿条件：须经审核员复核', en: 'Turns green only after review by an auditor' }
  const zh: string[] = []
  const en: string[] = []
  if (exit.days > 0) {
    const when = record.earliestExitAt === null ? '' : localTime(record.earliestExitAt, options.utcOffsetMinutes)
    const period = record.status === 'red' ? '隔离满' : '健康监测满'
    zh.push(`${period}${exit.days}天${when ? `（${when} 之后）` : ''}`)
    en.push(`${exit.days} day${exit.days === 1 ? '' : 's'}${when ? ` (after ${when})` : ''}`)
  }
  if (exit.checkins > 0) {
    zh.push(`连续打卡${exit.checkins}天`)
    en.push(`${exit.checkins} daily check-in${exit.checkins === 1 ? '' : 's'}`)
  }
  if (exit.negativeTest) {
    zh.push('核酸阴性')
    en.push('a negative test')
  }
  if (zh.length === 0) return { zh: '转绿条件：不再符合赋码规则即转绿', en: 'Turns green as soon as no rule applies' }
  return { zh: `转绿条件：${zh.join('、')}`, en: `Turns green after ${englishList(en)}` }
}
