// 状态记录: every status change with its reason, rule, time and exit condition.
import { Text, View } from '@tarojs/components'
import FieldMessage from '@/components/field-message'
import StatusHistory from '@/components/status-history'
import { useHealthInfo } from '@/features/citizen/use-health-info'
import { useI18n } from '@/i18n/use-i18n'

export default function History() {
  const { t } = useI18n()
  const { info, error } = useHealthInfo()
  return (
    <View className='page'>
      <Text className='page__title'>{t('statusHistory.title')}</Text>
      <FieldMessage text={error ? t(error) : null} />
      {info ? <StatusHistory entries={info.history} /> : !error && <Text className='muted'>{t('common.loading')}</Text>}
    </View>
  )
}
