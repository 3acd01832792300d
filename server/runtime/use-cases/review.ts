// The review use cases, each built with the narrow ports it needs. Built on access, so a key reload
// (which swaps the container's signer and data keys) reaches the next request.
import type { Container } from '../container'
import { ApproveStatusChange } from '../../usecases/review/approve-status-change'
import type { ApplyChangeDeps } from '../../usecases/review/apply-status-change'
import { DecideCase } from '../../usecases/review/decide-case'
import { GetAttachment } from '../../usecases/review/get-attachment'
import { GetEvidence } from '../../usecases/review/get-evidence'
import { GetReviewQueue } from '../../usecases/review/get-review-queue'
import { ListAlarms } from '../../usecases/review/list-alarms'
import { RejectStatusChange } from '../../usecases/review/reject-status-change'
import { RequestStatusChange } from '../../usecases/review/request-status-change'
import { ResolveAlarm } from '../../usecases/review/resolve-alarm'
import { ApproveIdentityRecovery } from '../../usecases/review/approve-identity-recovery'
import { CloseIdentityRecovery } from '../../usecases/review/close-identity-recovery'
import { GetRecoveryEvidence } from '../../usecases/review/get-recovery-evidence'
import { RequestIdentityRecovery } from '../../usecases/review/request-identity-recovery'
import { independenceRule } from './staff'

export class ReviewUseCases {
  constructor(protected readonly c: Container) {}

  get getReviewQueue() {
    const { store: s, pii } = this.c
    return new GetReviewQueue({
      cases: s.cases, statusChanges: s.statusChanges, citizens: s.citizens, statuses: s.statuses, staff: s.staff, audit: s.audit, pii,
      identityRecoveries: s.identityRecoveries, identityAttempts: s.identityAttempts, accounts: s.accounts
    })
  }

  get getEvidence() {
    const { store: s, pii } = this.c
    return new GetEvidence({
      citizens: s.citizens, cases: s.cases, statuses: s.statuses, declarations: s.declarations, auditData: s.auditData, imports: s.imports, staff: s.staff, audit: s.audit, pii
    })
  }

  get getAttachment() { return new GetAttachment({ cases: this.c.store.cases, citizens: this.c.store.citizens, audit: this.c.store.audit, pii: this.c.pii }) }
  get decideCase() { return new DecideCase({ store: this.c.store, clock: this.c.clock, pii: this.c.pii }) }
  get requestStatusChange() { return new RequestStatusChange({ store: this.c.store, clock: this.c.clock, pii: this.c.pii }) }
  get approveStatusChange() { return new ApproveStatusChange({ ...this.applyDeps(), limits: this.c.config.bulk, independence: independenceRule(this.c.config) }) }
  get rejectStatusChange() { return new RejectStatusChange({ store: this.c.store, clock: this.c.clock }) }
  get listAlarms() { return new ListAlarms({ alarms: this.c.store.alarms }) }
  get getRecoveryEvidence() {
    const { store: s, pii } = this.c
    return new GetRecoveryEvidence({ identityRecoveries: s.identityRecoveries, identityAttempts: s.identityAttempts, accounts: s.accounts, staff: s.staff, audit: s.audit, pii })
  }
  get requestIdentityRecovery() { return new RequestIdentityRecovery({ store: this.c.store, clock: this.c.clock, pii: this.c.pii }) }
  get approveIdentityRecovery() { return new ApproveIdentityRecovery({ store: this.c.store, clock: this.c.clock, pii: this.c.pii, pseudonymOf: this.c.pseudonymOf, independence: independenceRule(this.c.config) }) }
  get closeIdentityRecovery() { return new CloseIdentityRecovery({ store: this.c.store, clock: this.c.clock, pii: this.c.pii }) }
  get resolveAlarm() { return new ResolveAlarm({ ...this.applyDeps(), jobs: this.c.jobs }) }

  /** What applying a manual change needs (approving it, or releasing it from a bulk alarm). */
  private applyDeps(): ApplyChangeDeps {
    return { store: this.c.store, clock: this.c.clock, pii: this.c.pii, pseudonymOf: this.c.pseudonymOf }
  }
}
