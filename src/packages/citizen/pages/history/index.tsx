// 状态记录: the current status with how long until it can end, every status change with its reason,
// rule, time and exit condition, and the holder's appeals and corrections with their decisions.
import { Text, View } from '@tarojs/components'
import CaseList from '@/components/case-list'
import ExitCountdownText from '@/components/exit-countdown'
import PageError from '@/components/page-error'
import StatusBadge from '@/components/status-badge'
import StatusHistory from '@/components/status-history'
import { useHealthInfo } from '@/features/citizen/use-health-info'
import { serverNowMs } from '@/features/citizen/wallet'
import { useI18n } from '@/i18n/use-i18n'

export default function History() {
  const { t, lang } = useI18n()
  const { info, error } = useHealthInfo()
  const now = info?.status && info.status.status !== 'green' ? info.status : null
  const exit = now?.exitText ? (lang === 'en' ? now.exitText.en : now.exitText.zh) : null
  return (
    <View className='page'>
      <Text className='page__title' {...{ role: 'heading', 'aria-level': 1 }}>{t('statusHistory.title')}</Text>
      <PageError error={error} />
      {now && (
        <View id='history-current' className='card'>
          <Text className='label'>{t('appeal.current')}</Text>
          <StatusBadge status={now.status} />
          {exit && <View><Text className='muted'>{exit}</Text></View>}
          <ExitCountdownText id='history-exit-left' earliestExitAt={now.earliestExitAt} now={serverNowMs()} />
        </View>
      )}
      {info ? <StatusHistory entries={info.history} /> : !error && <Text className='muted'>{t('common.loading')}</Text>}
      {info && (
        <View id='history-cases'>
          <Text className='label'>{t('appeal.mine')}</Text>
          <CaseList kind='appeal' cases={info.appeals} />
          <Text className='label'>{t('correction.mine')}</Text>
          <CaseList kind='correction' cases={info.corrections} />
        </View>
      )}
    </View>
  )
}
