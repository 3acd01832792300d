// The code as the holder shows it (亮码): colour with icon and words, the QR (redrawn every 20 s, with
// a countdown), masked name and ID, a live clock, the region of issue, and why the colour is what it
// is, how it turns green and how long until it can. Purely presentational: use-health-code (or a
// relative's use-held-code) supplies everything.
import type { ReactNode } from 'react'
import { Image, Text, View } from '@tarojs/components'
import type { OwnClaims } from '@core/client/own-claims'
import ExitCountdownText from '@/components/exit-countdown'
import StatusBadge from '@/components/status-badge'
import { chinaDateTime } from '@/i18n/time'
import type { StatusView, Texts } from '@core/api/contract/citizen'
import { useI18n } from '@/i18n/use-i18n'
import type { MessageKey } from '@/i18n'
import './index.css'

export interface HealthCodeCardProps {
  claims: OwnClaims
  regionName: string | null
  qrUrl: string | null
  countdown: number
  /** Corrected epoch ms. */
  now: number
  /** The server's explanation, when it is about this colour. */
  statusView: StatusView | null
  notices: MessageKey[]
}

export default function HealthCodeCard({ claims, regionName, qrUrl, countdown, now, statusView, notices }: HealthCodeCardProps) {
  const { t, lang } = useI18n()
  const pick = (x: Texts | null) => (x ? (lang === 'en' ? x.en : x.zh) : null)
  const status = claims.status ?? 'green'
  const reason = pick(statusView?.reasonText ?? null)
  const exit = pick(statusView?.exitText ?? null)
  return (
    <View id='health-code' className={`code-card code-card--${status}`} data-status={status}>
      <View className='code-card__head'>
        <StatusBadge status={status} size='large' />
      </View>
      <Text id='code-clock' className='code-card__clock'>{chinaDateTime(now, true)}</Text>
      <View className='code-card__qr-frame'>
        {qrUrl
          ? <Image id='code-qr' className='code-card__qr' src={qrUrl} mode='scaleToFill' ariaLabel={t('code.qrAlt')} {...(process.env.TARO_ENV === 'h5' ? { nativeProps: { alt: t('code.qrAlt') } } : {})} />
          : <Text className='code-card__qr-missing'>{t('code.drawFailed')}</Text>}
      </View>
      <Text id='code-countdown' className='code-card__countdown'>⟳ {t('code.refreshIn', { s: countdown })}</Text>
      <Row label={t('code.name')} value={claims.name} />
      <Row label={t('code.id')} value={claims.id} />
      <Row label={t('code.region')} value={regionName ? `${regionName}（${claims.region}）` : claims.region} />
      <Row label={t('code.valid')} value={chinaDateTime(claims.expiresAt * 1000)} />
      {reason && <Block id='code-reason' label={t('code.reason')} text={reason} />}
      {exit && (
        <Block id='code-exit' label={t('code.exit')} text={exit}>
          {status !== 'green' && <ExitCountdownText id='code-exit-left' earliestExitAt={statusView?.earliestExitAt ?? null} now={now} />}
        </Block>
      )}
      {notices.map((k) => (
        <Text key={k} className='code-card__notice'>ℹ {t(k)}</Text>
      ))}
    </View>
  )
}

function Row({ label, value }: { label: string; value: string }) {
  return (
    <View className='code-card__row'>
      <Text className='code-card__label'>{label}</Text>
      <Text className='code-card__value'>{value}</Text>
    </View>
  )
}

function Block({ id, label, text, children }: { id: string; label: string; text: string; children?: ReactNode }) {
  return (
    <View id={id} className='code-card__block'>
      <Text className='code-card__label'>{label}</Text>
      <Text className='code-card__text'>{text}</Text>
      {children}
    </View>
  )
}
