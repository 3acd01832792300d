// Publishing a rule set signed offline, and the alarms of the admin's region.
import { callFunction } from '@/services/cloud'
import type { JobProgress } from './import-types'

export interface Alarm {
  id: string
  kind: 'bulk-manual' | 'bulk-import'
  detail: Record<string, unknown>
  state: 'open' | 'resolved'
  raisedAt: number
  resolvedBy: string | null
  resolvedAt: number | null
}

export const publishRules = (signed: Record<string, unknown>) => callFunction<{ version: number; job: JobProgress }>('rules-publish', { signed })
export const listAlarms = () => callFunction<{ alarms: Alarm[] }>('alarm-list', {})
export const resolveAlarm = (alarmId: string, action: 'release' | 'cancel', note: string) => callFunction<{ alarmId: string; action: string }>('alarm-resolve', { alarmId, action, note })
