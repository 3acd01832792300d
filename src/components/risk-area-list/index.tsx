// The risk areas in force: level as icon + words, the area's name (looked up) and code, and the dates.
import { Text, View } from '@tarojs/components'
import type { PublishedRiskArea, RiskLevel } from '@core/api/contract/rules'
import { useI18n } from '@/i18n/use-i18n'
import './index.css'

const ICON: Record<RiskLevel, string> = { high: '✕', medium: '!', low: '○' }

export default function RiskAreaList({ areas, names }: { areas: PublishedRiskArea[]; names: Record<string, string> }) {
  const { t } = useI18n()
  if (areas.length === 0) return <Text id='risk-areas-none' className='label muted'>{t('rulesView.noAreas')}</Text>
  const order: RiskLevel[] = ['high', 'medium', 'low']
  const sorted = [...areas].sort((a, b) => order.indexOf(a.level) - order.indexOf(b.level) || a.regionCode.localeCompare(b.regionCode))
  return (
    <View id='risk-areas' className='risk-area-list'>
      {sorted.map((a, i) => (
        <View key={`${a.regionCode}-${a.from}-${i}`} id={`area-${a.regionCode}`} className={`risk-area-list__item risk-area-list__item--${a.level}`} data-level={a.level}>
          <Text className='risk-area-list__level'>{`${ICON[a.level]} ${t(`rulesView.level.${a.level}`)}`}</Text>
          <Text className='risk-area-list__name'>{names[a.regionCode] ? `${names[a.regionCode]}（${a.regionCode}）` : a.regionCode}</Text>
          <Text className='risk-area-list__dates'>{t('rulesView.areaDates', { from: a.from, to: a.to })}</Text>
        </View>
      ))}
    </View>
  )
}
