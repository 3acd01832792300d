// Consent to the privacy notice, recorded with its version before the first declaration (PIPL, GB/T 35273).
import { AppError } from '@core/api/app-error'
import { PRIVACY_NOTICE_VERSION } from '@core/consent/privacy-notice'
import type { ConsentState, consentAccept } from '@core/api/contract/citizen'
import type { ParsedInputOf } from '@core/api/contract/define'
import type { Store } from '../../ports/store'
import type { Clock } from '../../ports/clock'
import type { Actor } from '../actor'

export class AcceptConsent {
  constructor(private readonly deps: { store: Store; clock: Clock }) {}

  async execute(actor: Actor, { version }: ParsedInputOf<typeof consentAccept>): Promise<ConsentState> {
    if (version !== PRIVACY_NOTICE_VERSION) throw new AppError('CONFLICT', 'the privacy notice has changed; read the current version')
    await this.deps.store.transaction(async tx => {
      await tx.citizens.acceptConsent(actor.accountId, version, this.deps.clock.now())
      await tx.audit.append({ region: null, actor: actor.accountId, action: 'consent.accept', subject: actor.accountId, data: { version } })
    })
    return { version, accepted: true }
  }
}
