// 核验记录: the verifier's own scans — those still on this phone, then those the host recorded.
import { Text, View } from '@tarojs/components'
import ActionButton from '@/components/action-button'
import FieldMessage from '@/components/field-message'
import ScanList from '@/components/scan-list'
import { useAccount } from '@/features/auth/use-account'
import { useScanHistory } from '@/features/verifier/use-scan-history'
import { useI18n } from '@/i18n/use-i18n'

export default function HistoryPage() {
  const { t } = useI18n()
  const { account } = useAccount()
  const h = useScanHistory(account?.id ?? null)
  return (
    <View className='page'>
      <Text className='page__title' {...{ role: 'heading', 'aria-level': 1 }}>{t('history.title')}</Text>
      <FieldMessage text={h.error ? t(h.error) : null} />
      {h.pending.length > 0 && (
        <View>
          <Text className='label'>{`⇪ ${t('history.pending')}（${h.pending.length}）`}</Text>
          <ScanList id='pending-scans' scans={h.pending} />
        </View>
      )}
      <Text className='label'>{t('history.uploaded')}</Text>
      {h.uploaded && h.uploaded.length === 0 && <Text className='muted'>{t('history.empty')}</Text>}
      {h.uploaded && <ScanList id='uploaded-scans' scans={h.uploaded} />}
      {h.loading && <Text className='muted'>{t('common.loading')}</Text>}
      <ActionButton id='refresh' kind='plain' label={t('staffCommon.refresh')} onClick={() => void h.load()} />
    </View>
  )
}
