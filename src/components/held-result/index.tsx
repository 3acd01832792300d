// A result on the verifier's workspace: shown for the chosen time, then scanning resumes. Tapping the result
// (or "keep on screen", for keyboards and screen readers) keeps it up until tapped again or "scan next".
// A person seen again within 10 s is shown but not recorded again, and the screen says so.
import { Text, View } from '@tarojs/components'
import type { VerifierView } from '@core/credential/verifier-view'
import type { HealthStatus } from '@core/credential/format'
import ActionButton from '@/components/action-button'
import FieldMessage from '@/components/field-message'
import VerifyResult from '@/components/verify-result'
import type { PaperLookupState } from '@/features/verifier/types'
import { useI18n } from '@/i18n/use-i18n'
import './index.css'

export interface HeldResultProps {
  view: VerifierView
  scannedAt: number
  paper: PaperLookupState
  paperStatus: HealthStatus | null
  repeat: boolean
  queued: boolean
  /** Seconds the result stays up; null off shift (it stays until "scan next"). */
  holdSeconds: number | null
  paused: boolean
  onTogglePause: () => void
  onNext: () => void
}

export default function HeldResult(p: HeldResultProps) {
  const { t } = useI18n()
  return (
    <View id='held-result' className={`held-result ${p.paused ? 'held-result--paused' : ''}`} data-repeat={p.repeat ? 'true' : 'false'}
      data-paused={p.paused ? 'true' : 'false'}>
      <View className='held-result__tap' onClick={p.onTogglePause}>
        <VerifyResult view={p.view} scannedAt={p.scannedAt} paper={p.paper} paperStatus={p.paperStatus} />
      </View>
      {p.repeat && <Text id='repeat-note' className='held-result__note'>{`↺ ${t('workspace.repeat')}`}</Text>}
      <FieldMessage text={p.queued ? null : t('verifier.notQueued')} />
      {p.paused
        ? <Text id='paused-note' className='held-result__note'>{`⏸ ${t('workspace.paused')}`}</Text>
        : p.holdSeconds !== null && <Text className='held-result__note'>{t('workspace.holdNote', { s: p.holdSeconds })}</Text>}
      {p.holdSeconds !== null && (
        <ActionButton id='pause-result' kind='plain' label={p.paused ? t('workspace.resume') : t('workspace.pause')} onClick={p.onTogglePause} />
      )}
      <ActionButton id='scan-next' label={t('verifier.scanNext')} onClick={p.onNext} />
    </View>
  )
}
