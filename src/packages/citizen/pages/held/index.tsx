// 代领亮码: a relative's code on this phone ("hold" grants), drawn and refreshed like one's own code, or
// their status ("view" grants). Says plainly whose code it is; once the grant ends, shows nothing of them.
import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import ExitCountdownText from '@/components/exit-countdown'
import FieldMessage from '@/components/field-message'
import HealthCodeCard from '@/components/health-code-card'
import StatusBadge from '@/components/status-badge'
import { useAccount } from '@/features/auth/use-account'
import { chinaDateTime } from '@/i18n/time'
import { useHeldCode } from '@/features/relatives/use-held-code'
import { useI18n } from '@/i18n/use-i18n'

export default function Held() {
  const { t, lang } = useI18n()
  const { account } = useAccount()
  const grantId = decodeURIComponent(useRouter().params.grantId ?? '')
  const h = useHeldCode(account?.id ?? null, grantId)
  const e = h.entry
  const who = e ? [e.holder.name, e.holder.phone].filter(Boolean).join(' · ') : ''
  const pick = (x: { zh: string; en: string } | null | undefined) => (x ? (lang === 'en' ? x.en : x.zh) : null)

  if (h.gone || !e) {
    return (
      <View id='held-gone' className='page'>
        <Text className='page__title' {...{ role: 'heading', 'aria-level': 1 }}>{t('held.title')}</Text>
        <FieldMessage text={h.gone ? t('held.gone') : t('common.loading')} kind={h.gone ? 'error' : 'info'} />
      </View>
    )
  }
  return (
    <View className='page'>
      <View id='held-banner' className='card'>
        <View><Text className='page__title' {...{ role: 'heading', 'aria-level': 1 }}>{t(e.scope === 'hold' ? 'held.showingFor' : 'held.statusOf', { who })}</Text></View>
        <View><Text className='muted'>{t('grant.purpose')}：{e.purpose}　{t('grant.until', { at: chinaDateTime(e.expiresGrantAt) })}</Text></View>
      </View>
      <FieldMessage text={h.error ? t(h.error) : null} />
      {e.scope === 'hold' && h.claims && (
        <HealthCodeCard claims={h.claims} regionName={h.regionName} qrUrl={h.live.qr?.url ?? null} countdown={h.live.countdown} now={h.live.now} statusView={null} notices={h.notices} />
      )}
      {e.scope === 'hold' && !h.claims && <Text className='muted'>{t('code.generating')}</Text>}
      {e.scope === 'view' && e.status && (
        <View id='held-status' className='card'>
          <StatusBadge status={e.status.status} size='large' />
          {pick(e.status.reasonText) && <View><Text className='muted'>{pick(e.status.reasonText)}</Text></View>}
          {pick(e.status.exitText) && <View><Text>{pick(e.status.exitText)}</Text></View>}
          {e.status.status !== 'green' && <ExitCountdownText id='held-exit-left' earliestExitAt={e.status.earliestExitAt} now={h.live.now} />}
        </View>
      )}
    </View>
  )
}
