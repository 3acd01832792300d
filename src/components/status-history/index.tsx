// Every status change the holder went through: colour (with icon and words), when, why, how it ends, and
// who or what changed it in words: the published rules (with their version), a data import, or auditors.
// Never a stored value or a rule id: those mean nothing to the holder. Newest first, as the host sends it.
import { Text, View } from '@tarojs/components'
import StatusBadge from '@/components/status-badge'
import { chinaDateTime } from '@/i18n/time'
import type { HistoryEntry, Texts } from '@core/api/contract/citizen'
import { useI18n } from '@/i18n/use-i18n'
import type { MessageKey } from '@/i18n'
import './index.css'

// Every value of STATUS_SOURCES (core/api/vocabulary.ts), and 'audit', which older hosts wrote for the rules.
const SOURCE_WORDS: Record<string, MessageKey> = {
  rules: 'statusHistory.source.rules',
  audit: 'statusHistory.source.rules',
  import: 'statusHistory.source.import',
  manual: 'statusHistory.source.manual'
}

/** "red-high-risk-area@3" → 3: the version of the published rules, which the public rules page names. */
function rulesVersion(rule: string | null): number | null {
  const m = rule ? /@(\d+)$/.exec(rule) : null
  return m ? Number(m[1]) : null
}

export default function StatusHistory({ entries }: { entries: HistoryEntry[] }) {
  const { t, lang } = useI18n()
  const pick = (x: Texts | null) => (x ? (lang === 'en' ? x.en : x.zh) : null)
  if (entries.length === 0) return <Text className='muted'>{t('statusHistory.empty')}</Text>
  return (
    <View id='status-history' className='status-history'>
      {entries.map((e, i) => {
        const version = e.source === 'manual' ? null : rulesVersion(e.rule)
        const source = t(SOURCE_WORDS[e.source] ?? 'statusHistory.source.other')
        return (
          <View key={`${e.at}-${i}`} className='status-history__item' data-source={e.source}>
            <View className='status-history__head'>
              <StatusBadge status={e.status} />
              <Text className='status-history__at'>{chinaDateTime(e.at)}</Text>
            </View>
            {pick(e.reasonText) && <Text className='status-history__reason'>{pick(e.reasonText)}</Text>}
            {pick(e.exitText) && <Text className='status-history__exit'>{pick(e.exitText)}</Text>}
            <Text className='status-history__meta'>{version === null ? source : `${source} · ${t('statusHistory.rulesVersion', { v: version })}`}</Text>
          </View>
        )
      })}
    </View>
  )
}
