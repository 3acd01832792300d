// 访问记录: every access to the holder's code or status (scans, relatives, staff), with who, where,
// when and why. The holder sees who looked, so no read goes unseen (Beijing 2020).
import { Text, View } from '@tarojs/components'
import AccessList from '@/components/access-list'
import PageError from '@/components/page-error'
import { useAccessLog } from '@/features/citizen/use-access-log'
import { useI18n } from '@/i18n/use-i18n'

export default function Access() {
  const { t } = useI18n()
  const { entries, error } = useAccessLog()
  return (
    <View className='page'>
      <View><Text className='page__title' {...{ role: 'heading', 'aria-level': 1 }}>{t('access.title')}</Text></View>
      <View className='card'><Text className='muted'>{t('access.intro')}</Text></View>
      <PageError error={error} />
      {entries ? <AccessList entries={entries} /> : !error && <Text className='muted'>{t('common.loading')}</Text>}
    </View>
  )
}
