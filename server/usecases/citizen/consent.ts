// Consent to the privacy notice, recorded with its version before the first declaration (PIPL, GB/T 35273).
import { AppError } from '@core/api/app-error'
import { PRIVACY_NOTICE_VERSION } from '@core/consent/privacy-notice'
import type { Store } from '../../ports/store'
import type { Clock } from '../../ports/clock'

export class Consent {
  constructor(private readonly deps: { store: Store; clock: Clock }) {}

  async status(accountId: string): Promise<{ version: string; accepted: boolean }> {
    return { version: PRIVACY_NOTICE_VERSION, accepted: await this.deps.store.citizens.hasConsent(accountId, PRIVACY_NOTICE_VERSION) }
  }

  async accept(accountId: string, version: string): Promise<{ version: string; accepted: true }> {
    if (version !== PRIVACY_NOTICE_VERSION) throw new AppError('CONFLICT', 'the privacy notice has changed; read the current version')
    await this.deps.store.transaction(async tx => {
      await tx.citizens.acceptConsent(accountId, version, this.deps.clock.now())
      await tx.audit.append({ region: null, actor: accountId, action: 'consent.accept', subject: accountId, data: { version } })
    })
    return { version, accepted: true }
  }
}

// Consent to a notice version is never withdrawn by a declaration, so a positive answer is remembered
// per process; a new notice version asks again.
const consented = new Set<string>()

export async function requireConsent(store: Store, accountId: string): Promise<void> {
  const key = accountId + '/' + PRIVACY_NOTICE_VERSION
  if (consented.has(key)) return
  if (!(await store.citizens.hasConsent(accountId, PRIVACY_NOTICE_VERSION))) throw new AppError('CONSENT_REQUIRED')
  if (consented.size > 200_000) consented.clear()
  consented.add(key)
}
