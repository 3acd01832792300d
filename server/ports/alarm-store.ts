// Bulk-change alarms. An alarm is what alarm-list answers, so it is defined once, in the review contract.
import type { Alarm } from '@core/api/contract/review'

export type { Alarm }

export interface AlarmStore {
  raise(a: Alarm): Promise<void>
  list(region: string, states: Alarm['state'][]): Promise<Alarm[]>
  find(id: string): Promise<Alarm | null>
  resolve(id: string, by: string, at: number): Promise<void>
}
