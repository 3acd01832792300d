// A page's error from its first call: "no network" is said as the offline notice, with the way back to the
// code; anything else as a field message, as before (or not at all with `offlineOnly`, for pages whose
// first call only adds to a form that works without it).
import FieldMessage from '@/components/field-message'
import OfflineNotice from '@/components/offline-notice'
import { backToCode } from '@/features/offline/back-to-code'
import { isOfflineError } from '@/features/offline/offline-error'
import type { MessageKey } from '@/i18n'
import { useI18n } from '@/i18n/use-i18n'

export default function PageError({ error, offlineOnly = false }: { error: MessageKey | null | undefined; offlineOnly?: boolean }) {
  const { t } = useI18n()
  if (isOfflineError(error)) return <OfflineNotice onShowCode={backToCode} />
  return <FieldMessage text={error && !offlineOnly ? t(error) : null} />
}
