// The status of a person who granted the caller a view (or hold), for the grantee of a live grant; the
// use is logged as a read of the holder's data.
import { AppError } from '@core/api/app-error'
import { maskedIdOf } from '@core/identity/id-mask'
import type { GrantStatus, grantStatus } from '@core/api/contract/grants'
import type { ParsedInputOf } from '@core/api/contract/define'
import type { CitizenStore } from '../../ports/citizen-store'
import type { StatusStore } from '../../ports/status-store'
import type { Actor } from '../actor'
import { statusView } from '../citizen/status-view'
import { liveGrant, type LiveGrantDeps } from './live-grant'

export class GetGrantStatus {
  constructor(private readonly deps: LiveGrantDeps & { citizens: Pick<CitizenStore, 'find'>; statuses: Pick<StatusStore, 'find'> }) {}

  async execute(actor: Actor, { grantId }: ParsedInputOf<typeof grantStatus>): Promise<GrantStatus> {
    const g = await liveGrant(this.deps, actor, grantId, ['view', 'hold'], 'view-status')
    const [citizen, status] = await Promise.all([this.deps.citizens.find(g.grantorId), this.deps.statuses.find(g.grantorId)])
    if (!citizen) throw new AppError('NOT_DECLARED')
    return { holder: { name: citizen.surname + '*', id: maskedIdOf(citizen.idType, citizen.idEnds) }, status: status ? statusView(status.record) : null }
  }
}
