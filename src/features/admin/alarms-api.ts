// The alarms of the admin's region: held bulk changes to release or cancel.
import { callFunction } from '@/services/cloud'

export interface Alarm {
  id: string
  kind: 'bulk-manual' | 'bulk-import'
  detail: Record<string, unknown>
  state: 'open' | 'resolved'
  raisedAt: number
  resolvedBy: string | null
  resolvedAt: number | null
}

export const listAlarms = () => callFunction<{ alarms: Alarm[] }>('alarm-list', {})
export const resolveAlarm = (alarmId: string, action: 'release' | 'cancel', note: string) => callFunction<{ alarmId: string; action: string }>('alarm-resolve', { alarmId, action, note })
