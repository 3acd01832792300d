// The alarms of the admin's region: held bulk changes to release or cancel. Answers are the review contract's.
import { callFunction } from '@/services/cloud'

export const listAlarms = () => callFunction('alarm-list', {})
export const resolveAlarm = (alarmId: string, action: 'release' | 'cancel', note: string) => callFunction('alarm-resolve', { alarmId, action, note })
