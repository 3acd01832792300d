// The citizen's use cases, each built with the narrow ports it needs. Built on access, so a key reload
// (which swaps the container's signer and data keys) reaches the next request.
import type { Container } from '../container'
import { nodeRandomSource } from '../../adapters/crypto/node-random-source'
import { regionDirectory } from '../../adapters/regions/china-division-directory'
import { AssessCitizen } from '../../usecases/assessment/assess-citizen'
import { AcceptConsent } from '../../usecases/citizen/accept-consent'
import { CheckIn } from '../../usecases/citizen/check-in'
import { DeclareHealth } from '../../usecases/citizen/declare-health'
import { DeclareTrips } from '../../usecases/citizen/declare-trips'
import type { FinishDeps } from '../../usecases/citizen/finish-declaration'
import { GetAccessLog } from '../../usecases/citizen/get-access-log'
import { GetConsent } from '../../usecases/citizen/get-consent'
import { GetHealthInfo } from '../../usecases/citizen/get-health-info'
import { GetTransportKey } from '../../usecases/citizen/get-transport-key'
import { ListNotices } from '../../usecases/citizen/list-notices'
import { ListRegions } from '../../usecases/citizen/list-regions'
import { ReadNotices } from '../../usecases/citizen/read-notices'
import { RequestAppeal } from '../../usecases/citizen/request-appeal'
import { RequestCorrection } from '../../usecases/citizen/request-correction'
import { GenerateCode } from '../../usecases/credential/generate-code'

export class CitizenUseCases {
  constructor(private readonly c: Container) {}

  get getConsent() { return new GetConsent({ citizens: this.c.store.citizens }) }
  get acceptConsent() { return new AcceptConsent({ store: this.c.store, clock: this.c.clock }) }
  get getTransportKey() { return new GetTransportKey({ transportPublicPem: this.c.keys.transportPublicPem }) }
  get listRegions() { return new ListRegions({ regions: regionDirectory() }) }

  get declareHealth() {
    const { store, pii, clock, ids, config } = this.c
    return new DeclareHealth({ ...this.finishDeps, store, pii, clock, ids, regions: regionDirectory(), region: config.region.code, limits: config.idBinding })
  }
  get declareTrips() { return new DeclareTrips({ ...this.finishDeps, store: this.c.store, pii: this.c.pii, clock: this.c.clock, regions: regionDirectory() }) }
  get checkIn() { return new CheckIn({ ...this.finishDeps, store: this.c.store, pii: this.c.pii, clock: this.c.clock }) }

  get getHealthInfo() {
    const { citizens, statuses, declarations, cases, devices, ruleSets } = this.c.store
    return new GetHealthInfo({ citizens, statuses, declarations, cases, devices, ruleSets, clock: this.c.clock })
  }
  get generateCode() {
    const c = this.c
    return new GenerateCode({ store: c.store, clock: c.clock, signer: c.signer, pseudonymOf: c.pseudonymOf, onIssued: r => c.issued.issued(r) })
  }

  get requestCorrection() { return new RequestCorrection({ store: this.c.store, pii: this.c.pii, clock: this.c.clock, random: nodeRandomSource }) }
  get requestAppeal() { return new RequestAppeal({ store: this.c.store, pii: this.c.pii, clock: this.c.clock, random: nodeRandomSource }) }
  get listNotices() { return new ListNotices({ notices: this.c.store.notices }) }
  get readNotices() { return new ReadNotices({ notices: this.c.store.notices, clock: this.c.clock }) }
  get getAccessLog() {
    const { store, pii, pseudonymOf } = this.c
    return new GetAccessLog({
      scans: store.scans, accessReads: (subject, limit) => store.accessReads(subject, limit),
      points: store.points, staff: store.staff, accounts: store.accounts, pii, pseudonymOf
    })
  }

  /** What every declaration ends with: re-assessment, then a credential for the bound phone. */
  private get finishDeps(): FinishDeps {
    const c = this.c
    return {
      assess: new AssessCitizen({ pii: c.pii, rules: c.rules, pseudonymOf: c.pseudonymOf }),
      signer: c.signer, pseudonymOf: c.pseudonymOf, onIssued: region => c.issued.issued(region)
    }
  }
}
