// Date bounds for the form, from the corrected clock in China time (the schema's "today").
import { TRIP_WINDOW_DAYS } from '@core/declaration/vocabulary'
import { serverNowMs } from '@/features/citizen/wallet'
import { addDays, chinaDay } from '@/i18n/time'

export function todayInChina(): string {
  return chinaDay(serverNowMs())
}

export function daysBefore(date: string, days: number): string {
  return addDays(date, -days)
}

/** The first day a trip still has to be declared. */
export function tripWindowStart(today: string): string {
  return daysBefore(today, TRIP_WINDOW_DAYS)
}
