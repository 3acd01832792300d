// Every status change the holder went through: colour (with icon and words), when, why, under which
// rule, and how it ends. Newest first, as the host sends it.
import { Text, View } from '@tarojs/components'
import StatusBadge from '@/components/status-badge'
import { chinaDateTime } from '@/i18n/time'
import type { HistoryEntry, Texts } from '@core/api/contract/citizen'
import { useI18n } from '@/i18n/use-i18n'
import type { MessageKey } from '@/i18n'
import './index.css'

const SOURCES = ['audit', 'manual']

export default function StatusHistory({ entries }: { entries: HistoryEntry[] }) {
  const { t, lang } = useI18n()
  const pick = (x: Texts | null) => (x ? (lang === 'en' ? x.en : x.zh) : null)
  if (entries.length === 0) return <Text className='muted'>{t('statusHistory.empty')}</Text>
  return (
    <View id='status-history' className='status-history'>
      {entries.map((e, i) => (
        <View key={`${e.at}-${i}`} className='status-history__item'>
          <View className='status-history__head'>
            <StatusBadge status={e.status} />
            <Text className='status-history__at'>{chinaDateTime(e.at)}</Text>
          </View>
          {pick(e.reasonText) && <Text className='status-history__reason'>{pick(e.reasonText)}</Text>}
          {pick(e.exitText) && <Text className='status-history__exit'>{pick(e.exitText)}</Text>}
          <Text className='status-history__meta'>
            {e.rule ? `${t('statusHistory.rule')}：${e.rule}` : ''}
            {SOURCES.includes(e.source) ? `　${t(`statusHistory.source.${e.source}` as MessageKey)}` : e.source ? `　${e.source}` : ''}
          </Text>
        </View>
      ))}
    </View>
  )
}
