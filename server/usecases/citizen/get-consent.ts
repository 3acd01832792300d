// Whether the caller has accepted the privacy notice in force (PIPL, GB/T 35273).
import { PRIVACY_NOTICE_VERSION } from '@core/consent/privacy-notice'
import type { ConsentState } from '@core/api/contract/citizen'
import type { CitizenStore } from '../../ports/citizen-store'
import type { Actor } from '../actor'

export class GetConsent {
  constructor(private readonly deps: { citizens: Pick<CitizenStore, 'hasConsent'> }) {}

  async execute(actor: Actor): Promise<ConsentState> {
    return { version: PRIVACY_NOTICE_VERSION, accepted: await this.deps.citizens.hasConsent(actor.accountId, PRIVACY_NOTICE_VERSION) }
  }
}
