// The bulk-change alarms of the admin's region, open and resolved.
import type { AlarmList } from '@core/api/contract/review'
import type { AlarmStore } from '../../ports/alarm-store'
import type { Actor } from '../actor'

export class ListAlarms {
  constructor(private readonly deps: { alarms: Pick<AlarmStore, 'list'> }) {}

  async execute(admin: Actor): Promise<AlarmList> {
    return { alarms: await this.deps.alarms.list(admin.staff!.region, ['open', 'resolved']) }
  }
}
