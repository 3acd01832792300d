// Today at each collection point, for the region admin: scans, valid and rejected, red and yellow.
import { Text, View } from '@tarojs/components'
import type { PointStats } from '@core/api/contract/verifier'
import { useI18n } from '@/i18n/use-i18n'
import './index.css'

export default function PointStatsList({ points }: { points: PointStats[] }) {
  const { t } = useI18n()
  return (
    <View id='point-stats' className='point-stats'>
      {points.map((p) => (
        <View key={p.pointId} id={`stats-${p.pointId}`} className='point-stats__item'>
          <Text className='point-stats__name'>{p.status === 'open' ? p.name : `${p.name}（⊘ ${t('points.closed')}）`}</Text>
          <Text className='point-stats__scans'>{t('today.scans', { n: p.scans })}</Text>
          <Text className='point-stats__line'>{`✓ ${t('today.valid', { n: p.valid })} · ⊘ ${t('today.invalid', { n: p.invalid })}`}</Text>
          <Text className='point-stats__line'>{`✕ ${t('today.red', { n: p.red })} · ! ${t('today.yellow', { n: p.yellow })}`}</Text>
        </View>
      ))}
    </View>
  )
}
