// The verifier's result screen, in large type: the verdict as colour + icon + words, then what lets
// the verifier match the bearer (masked name and ID, to compare with an ID card) and the checkpoint
// facts the code carries, the issuing region by name (offline, from the staff sub-package's table). A rejected
// code shows only why; a paper code asks for the ID card.
import { Text, View } from '@tarojs/components'
import type { VerifierView } from '@core/credential/verifier-view'
import type { HealthStatus } from '@core/credential/format'
import { STATUS_ICON } from '@/components/status-badge'
import { chinaDateTime } from '@/i18n/time'
import { useI18n } from '@/i18n/use-i18n'
import type { MessageKey } from '@/i18n'
import type { PaperLookupState } from '@/features/verifier/types'
import { regionLabel } from '@/features/verifier/region-name'
import { verdictOf } from './verdict'
import './index.css'

export interface VerifyResultProps {
  view: VerifierView
  /** Corrected epoch ms of the scan. */
  scannedAt: number
  paper?: PaperLookupState
  paperStatus?: HealthStatus | null
}

export default function VerifyResult({ view, scannedAt, paper = 'none', paperStatus = null }: VerifyResultProps) {
  const { t } = useI18n()
  const v = verdictOf(view)
  return (
    <View id='verify-result' className={`verify-result verify-result--${v.tone}`} data-verdict={v.tone} data-scanned-at={scannedAt}>
      {/* Mini-programs: the platform's screen reader says the verdict as one alert (Taro's ariaRole/ariaLabel). */}
      <View className='verify-result__banner' {...(process.env.TARO_ENV !== 'h5' ? { ariaRole: 'alert', ariaLabel: t(v.headline) } : {})}>
        <Text className='verify-result__icon'>{v.icon}</Text>
        <Text id='verdict' className='verify-result__verdict'>{t(v.headline)}</Text>
      </View>
      {v.tone === 'update' && <Text className='verify-result__hint'>{t('result.updateHint')}</Text>}
      {v.tone === 'rejected' && (
        <View id='reasons' className='verify-result__reasons'>
          <Text className='verify-result__label'>{t('result.reasons')}</Text>
          {view.reasons.map((r) => (
            <Text key={r} id={`reason-${r}`} className='verify-result__reason'>{`• ${t(`reason.${r}` as MessageKey)}`}</Text>
          ))}
        </View>
      )}
      {view.valid && (
        <View className='verify-result__facts'>
          {view.paper && <PaperLine state={paper} status={paperStatus} />}
          <Fact id='holder-name' big label={t('result.name')} value={view.name ?? '—'} />
          <Fact id='holder-id' big label={t('result.id')} value={view.id ?? '—'} note={view.idType && view.idType !== 'resident-id' ? t('result.compareDocument', { doc: t(`idType.${view.idType}`) }) : t('result.compareId')} />
          {view.expiresAt !== null && <Fact id='valid-until' label={t('result.expires')} value={chinaDateTime(view.expiresAt * 1000)} />}
          {view.kind === 'healthcode' && (
            <Fact id='test-until' label={t('result.testUntil')} value={view.testValidUntil === null ? t('result.none')
              : chinaDateTime(view.testValidUntil * 1000) + t(view.testValidUntil * 1000 > scannedAt ? 'result.testCurrent' : 'result.testLapsed')} />
          )}
          {view.kind === 'healthcode' && (
            <Fact id='vaccinated' label={t('result.vaccinated')}
              value={view.vaccinated === null ? t('result.none') : t(view.vaccinated ? 'result.vaccinatedYes' : 'result.vaccinatedNo')} />
          )}
          {view.region && <Fact id='issuer-region' label={t('result.region')} value={regionLabel(view.region)} />}
        </View>
      )}
      <Text id='scanned-at' className='verify-result__time'>{`${t('result.scannedAt')} ${chinaDateTime(scannedAt, true)}`}</Text>
    </View>
  )
}

function PaperLine({ state, status }: { state: PaperLookupState; status: HealthStatus | null }) {
  const { t } = useI18n()
  let text = t('result.paperOffline')
  if (state === 'looking') text = t('result.paperLooking')
  if (state === 'found') text = status ? `${STATUS_ICON[status]} ${t('result.paperStatus', { status: t(`status.${status}`) })}` : t('result.paperUnknown')
  if (state === 'failed') text = t('result.paperUnknown')
  return <Text id='paper-status' className={`verify-result__paper ${status ? `verify-result__paper--${status}` : ''}`}>{text}</Text>
}

function Fact({ id, label, value, note, big }: { id: string; label: string; value: string; note?: string; big?: boolean }) {
  return (
    <View className='verify-result__fact'>
      <Text className='verify-result__label'>{label}</Text>
      <Text id={id} className={`verify-result__value ${big ? 'verify-result__value--big' : ''}`}>{value}</Text>
      {note && <Text className='verify-result__note'>{note}</Text>}
    </View>
  )
}
