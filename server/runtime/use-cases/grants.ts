// The grants use cases, each built with the narrow ports it needs. Built on access, so a key reload
// (which swaps the container's signer and data keys) reaches the next request.
import type { Container } from '../container'
import { AcceptGrant } from '../../usecases/grants/accept-grant'
import type { AnswerGrantDeps } from '../../usecases/grants/answer-grant'
import { ConfirmGrant } from '../../usecases/grants/confirm-grant'
import { CreateGrant } from '../../usecases/grants/create-grant'
import { DeclineGrant } from '../../usecases/grants/decline-grant'
import type { EndGrantDeps } from '../../usecases/grants/end-grant'
import { GetGrantCode } from '../../usecases/grants/get-grant-code'
import { GetGrantStatus } from '../../usecases/grants/get-grant-status'
import { ListGrants } from '../../usecases/grants/list-grants'
import { ListPendingGrants } from '../../usecases/grants/list-pending-grants'
import type { OpenGrantDeps } from '../../usecases/grants/open-grant'
import { RequestGrant } from '../../usecases/grants/request-grant'
import { RevokeGrant } from '../../usecases/grants/revoke-grant'

export class GrantsUseCases {
  constructor(protected readonly c: Container) {}

  get createGrant() { return new CreateGrant(this.openDeps()) }
  get requestGrant() { return new RequestGrant(this.openDeps()) }
  get acceptGrant() { return new AcceptGrant(this.answerDeps()) }
  get declineGrant() { return new DeclineGrant(this.answerDeps()) }
  get listGrants() { return new ListGrants({ grants: this.c.store.grants, accounts: this.c.store.accounts, citizens: this.c.store.citizens, pii: this.c.pii, clock: this.c.clock }) }
  get revokeGrant() { return new RevokeGrant(this.endDeps()) }

  get getGrantStatus() {
    const s = this.c.store
    return new GetGrantStatus({ grants: s.grants, audit: s.audit, clock: this.c.clock, citizens: s.citizens, statuses: s.statuses })
  }

  get getGrantCode() {
    const c = this.c
    return new GetGrantCode({ store: c.store, clock: c.clock, signer: c.signer, pseudonymOf: c.pseudonymOf, onIssued: region => c.issued.issued(region) })
  }

  get listPendingGrants() {
    const s = this.c.store
    return new ListPendingGrants({ grants: s.grants, accounts: s.accounts, citizens: s.citizens, audit: s.audit, pii: this.c.pii, clock: this.c.clock })
  }

  get confirmGrant() { return new ConfirmGrant(this.answerDeps()) }

  private openDeps(): OpenGrantDeps {
    return { store: this.c.store, clock: this.c.clock, pii: this.c.pii, region: this.c.config.region.code, opensPerDay: this.c.config.grants.opensPerDay }
  }

  private answerDeps(): AnswerGrantDeps { return { store: this.c.store, clock: this.c.clock, pii: this.c.pii } }
  private endDeps(): EndGrantDeps { return { store: this.c.store, clock: this.c.clock, pseudonymOf: this.c.pseudonymOf } }
}
