// A verifier's scans, newest first: time, verdict (icon + words), colour, and why a code was refused.
// Nothing about the holder: the history is the verifier's own work record, not a list of people.
import { Text, View } from '@tarojs/components'
import { STATUS_ICON } from '@/components/status-badge'
import { chinaDateTime } from '@/i18n/time'
import type { HistoryScan } from '@core/api/contract/verifier'
import { useI18n } from '@/i18n/use-i18n'
import type { MessageKey } from '@/i18n'
import './index.css'

const VERDICT_ICON: Record<HistoryScan['verdict'], string> = { valid: '✓', invalid: '⊘', 'update-needed': '⟳' }

export default function ScanList({ id, scans }: { id: string; scans: HistoryScan[] }) {
  const { t } = useI18n()
  return (
    <View id={id} className='scan-list'>
      {scans.map((s, i) => (
        <View key={`${s.scannedAt}-${i}`} className={`scan-list__item scan-list__item--${s.verdict}`} data-verdict={s.verdict}>
          <Text className='scan-list__time'>{chinaDateTime(s.scannedAt, true)}</Text>
          <Text className='scan-list__verdict'>
            {`${VERDICT_ICON[s.verdict]} ${t(`verdict.${s.verdict}`)}`}
            {s.status ? ` · ${STATUS_ICON[s.status]} ${t(`status.${s.status}`)}` : ''}
          </Text>
          {s.reasons.length > 0 && <Text className='scan-list__reasons'>{s.reasons.map((r) => t(`reason.${r}` as MessageKey)).join('；')}</Text>}
          {s.offline && <Text className='scan-list__offline'>{t('history.offline')}</Text>}
        </View>
      ))}
    </View>
  )
}
