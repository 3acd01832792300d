// 消息: the holder's notices (status changes, decisions on corrections and appeals). Opening the page
// marks them read; the "new" marks stay for this visit.
import { Text, View } from '@tarojs/components'
import PageError from '@/components/page-error'
import NoticeList from '@/components/notice-list'
import { useAccount } from '@/features/auth/use-account'
import { useNotices } from '@/features/citizen/use-notices'
import { useI18n } from '@/i18n/use-i18n'

export default function Notices() {
  const { t } = useI18n()
  const { account } = useAccount()
  const { notices, now, error } = useNotices(!!account, true)
  return (
    <View className='page'>
      <Text className='page__title' {...{ role: 'heading', 'aria-level': 1 }}>{t('notices.title')}</Text>
      <PageError error={error} />
      {notices ? <NoticeList notices={notices} now={now} /> : !error && <Text className='muted'>{t('common.loading')}</Text>}
    </View>
  )
}
