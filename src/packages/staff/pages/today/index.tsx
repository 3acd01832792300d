// 今日概况: the region admin's today — codes issued and scans at each collection point.
import { Text, View } from '@tarojs/components'
import ActionButton from '@/components/action-button'
import FieldMessage from '@/components/field-message'
import PointStatsList from '@/components/point-stats'
import { useToday } from '@/features/admin/use-today'
import { useI18n } from '@/i18n/use-i18n'

export default function TodayPage() {
  const { t } = useI18n()
  const d = useToday()
  return (
    <View className='page'>
      <Text className='page__title' {...{ role: 'heading', 'aria-level': 1 }}>{t('today.title')}</Text>
      <FieldMessage text={d.error ? t(d.error) : null} />
      {d.today && (
        <View>
          <View className='card'>
            <Text className='label'>{t('today.day', { day: d.today.day })}</Text>
            <Text id='codes-issued' className='page__title'>{t('today.codesIssued', { n: d.today.codesIssued })}</Text>
            <Text id='total-scans' className='label'>{t('today.totalScans', { n: d.totalScans })}</Text>
          </View>
          {d.today.points.length === 0 ? <Text className='muted'>{t('today.noPoints')}</Text> : <PointStatsList points={d.today.points} />}
        </View>
      )}
      <ActionButton id='refresh' kind='plain' disabled={d.busy} label={t('staffCommon.refresh')} onClick={() => void d.load()} />
    </View>
  )
}
