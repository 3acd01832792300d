// Explicit consent before the first declaration (PIPL art. 14/17): the notice version read is the one
// recorded, so a changed notice asks again.
import { useState } from 'react'
import { PRIVACY_NOTICE_VERSION } from '@core/consent/privacy-notice'
import { ReturnCode } from '@core/api/return-codes'
import { acceptConsent } from '@/features/citizen/citizen-api'
import { citizenErrorKey } from '@/features/citizen/messages'
import type { MessageKey } from '@/i18n'

export function useConsent() {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<MessageKey | null>(null)
  const [accepted, setAccepted] = useState(false)

  const accept = async () => {
    setBusy(true)
    setError(null)
    const r = await acceptConsent(PRIVACY_NOTICE_VERSION)
    setBusy(false)
    if (r.code === ReturnCode.OK && r.data?.accepted) setAccepted(true)
    else setError(r.code === ReturnCode.INVALID_INPUT ? 'consent.failed' : citizenErrorKey(r.code) ?? 'consent.failed')
  }

  return { version: PRIVACY_NOTICE_VERSION, busy, error, accepted, accept }
}
