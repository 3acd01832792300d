// The alarms of the admin's region (held bulk changes, every import upload, repeatedly rejected uploads), open and resolved.
import type { Alarm, AlarmList } from '@core/api/contract/review'
import type { AlarmStore } from '../../ports/alarm-store'
import type { Actor } from '../actor'

/**
 * A held import's alarm counts the statuses its re-audit would change: derived from who is registered, so
 * it is not shown to the import's uploader (docs/imports.md), who sees that the re-audit is held and why.
 */
function withoutMatchCounts(alarm: Alarm, viewer: string): Alarm {
  if (alarm.kind !== 'bulk-import' || alarm.detail.uploadedBy !== viewer) return alarm
  const { wouldChange: _hidden, ...detail } = alarm.detail
  return { ...alarm, detail }
}

export class ListAlarms {
  constructor(private readonly deps: { alarms: Pick<AlarmStore, 'list'> }) {}

  async execute(admin: Actor): Promise<AlarmList> {
    const alarms = await this.deps.alarms.list(admin.staff!.region, ['open', 'resolved'])
    return { alarms: alarms.map(a => withoutMatchCounts(a, admin.accountId)) }
  }
}
