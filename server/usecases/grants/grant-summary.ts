// What a caller learns of a grant it created, confirmed or ended: no account id of either person, no
// phone binding.
import type { GrantSummary } from '@core/api/contract/grants'
import type { Grant } from '../../ports/grant-store'

export const grantSummary = (g: Grant): GrantSummary => ({ id: g.id, scope: g.scope, purpose: g.purpose, state: g.state, createdAt: g.createdAt, expiresAt: g.expiresAt, endedAt: g.endedAt })
