// Date bounds for the form, from the corrected clock in China time (the schema's "today").
import { chinaDate } from '@core/declaration/schema'
import { TRIP_WINDOW_DAYS } from '@core/declaration/vocabulary'
import { serverNowMs } from '@/features/citizen/wallet'

export function todayInChina(): string {
  return chinaDate(serverNowMs())
}

export function daysBefore(date: string, days: number): string {
  return new Date(Date.parse(date + 'T00:00:00Z') - days * 86400_000).toISOString().slice(0, 10)
}

/** The first day a trip still has to be declared. */
export function tripWindowStart(today: string): string {
  return daysBefore(today, TRIP_WINDOW_DAYS)
}
