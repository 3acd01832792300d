// The gate before a declaration: the privacy notice in force must have been accepted.
import { AppError } from '@core/api/app-error'
import { PRIVACY_NOTICE_VERSION } from '@core/consent/privacy-notice'
import type { CitizenStore } from '../../ports/citizen-store'

// Consent to a notice version is never withdrawn by a declaration, so a positive answer is remembered
// per process; a new notice version asks again.
const consented = new Set<string>()

export async function requireConsent(citizens: Pick<CitizenStore, 'hasConsent'>, accountId: string): Promise<void> {
  const key = accountId + '/' + PRIVACY_NOTICE_VERSION
  if (consented.has(key)) return
  if (!(await citizens.hasConsent(accountId, PRIVACY_NOTICE_VERSION))) throw new AppError('CONSENT_REQUIRED')
  if (consented.size > 200_000) consented.clear()
  consented.add(key)
}
