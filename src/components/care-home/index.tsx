// The home in care mode: the code and nothing else a glance does not need. The status in large words
// beside its colour (绿码 · 可通行), the QR, one button to refresh it, one to hear the status, the way to ask
// a relative for help, and the switch back. Purely presentational: the home page supplies everything.
import { Image, Text, View } from '@tarojs/components'
import type { HealthStatus } from '@core/credential/format'
import ActionButton from '@/components/action-button'
import CareSwitch from '@/components/care-switch'
import { STATUS_ICON } from '@/components/status-badge'
import { statusWordsKey } from '@/features/care/status-speech'
import { useI18n } from '@/i18n/use-i18n'
import './index.css'

const HEADING: Record<string, unknown> = { role: 'heading', 'aria-level': 1 }

export interface CareHomeProps {
  status: HealthStatus
  qrUrl: string | null
  refreshing: boolean
  /** Set when the phone could not read aloud: the words are then all there is. */
  speechMissing: boolean
  onRefresh: () => void
  onReadAloud: () => void
  onHelp: () => void
  onLeave: () => void
}

export default function CareHome({ status, qrUrl, refreshing, speechMissing, onRefresh, onReadAloud, onHelp, onLeave }: CareHomeProps) {
  const { t } = useI18n()
  const words = t(statusWordsKey(status))
  return (
    <View id='care-home' className='care-home'>
      <Text className='care-home__title' {...HEADING}>{t('app.title')}</Text>
      <View id='health-code' className={`care-home__code care-home__code--${status}`} data-status={status}>
        {/* A live region: a refresh that changes the colour is announced, not just redrawn. */}
        <Text id='care-status' className={`care-home__status care-home__status--${status}`} aria-live='polite'>
          <Text className='care-home__icon' aria-hidden='true'>{STATUS_ICON[status]}</Text> {words}
        </Text>
        {qrUrl
          ? <Image id='code-qr' className='care-home__qr' src={qrUrl} mode='aspectFit' ariaLabel={t('code.qrAlt')} {...(process.env.TARO_ENV === 'h5' ? { nativeProps: { alt: t('code.qrAlt') } } : {})} />
          : <Text className='care-home__qr-missing'>{t('code.drawFailed')}</Text>}
      </View>
      <ActionButton id='care-refresh' disabled={refreshing} label={refreshing ? t('declare.busy') : t('care.refresh')} onClick={onRefresh} />
      <ActionButton id='care-read-aloud' kind='plain' label={`🔊 ${t('care.readAloud')}`} onClick={onReadAloud} />
      {speechMissing && <View className='care-home__note' role='status'><Text>{t('care.noSpeech')}</Text></View>}
      <ActionButton id='care-help' kind='plain' label={t('care.help')} onClick={onHelp} />
      <Text className='care-home__hint'>{t('care.helpHint')}</Text>
      <CareSwitch on onChange={(on) => { if (!on) onLeave() }} />
    </View>
  )
}
