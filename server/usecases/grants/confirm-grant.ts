// An auditor of the grant's region who checked both people and their relationship in person confirms a
// pending offer or request (with a note, logged for both people): for someone who cannot answer in an app.
// The side named by phone must have signed in once, so that there is an account to hold or give the grant;
// the auditor, as staff, may be told so. No auditor confirms a grant of their own.
import { AppError } from '@core/api/app-error'
import type { GrantSummary, grantConfirm } from '@core/api/contract/grants'
import type { ParsedInputOf } from '@core/api/contract/define'
import type { Actor } from '../actor'
import { activateGrant, type AnswerGrantDeps } from './answer-grant'
import { answererOf } from './grant-parties'
import { grantSummary } from './grant-summary'

export class ConfirmGrant {
  constructor(private readonly deps: AnswerGrantDeps) {}

  async execute(auditor: Actor, { grantId, note }: ParsedInputOf<typeof grantConfirm>): Promise<GrantSummary> {
    const { store, pii, clock } = this.deps
    const g = await store.grants.find(grantId)
    if (!g || g.region !== auditor.staff!.region) throw new AppError('NOT_FOUND', 'grant')
    if (g.state !== 'pending' || g.expiresAt <= clock.now()) throw new AppError('CONFLICT', `grant is ${g.state === 'pending' ? 'expired' : g.state}`)
    let answerer = answererOf(g)
    if (answerer === null && g.phoneEnc) answerer = (await store.accounts.findByPhoneHash(pii.lookupHashes('phone', pii.open(g.phoneEnc))))?.id ?? null
    if (answerer === null) throw new AppError('NOT_FOUND', 'the other person must sign in once first')
    const [grantorId, granteeId] = g.openedBy === 'grantor' ? [g.grantorId!, answerer] : [answerer, g.granteeId!]
    if (grantorId === auditor.accountId || granteeId === auditor.accountId) throw new AppError('CONFLICT', 'an auditor cannot confirm a grant of their own')
    return grantSummary(await activateGrant(this.deps, g, grantorId, granteeId, auditor.accountId, 'grant.confirm', note))
  }
}
