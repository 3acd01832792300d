// Choose a county-level division, one level at a time (province → prefecture → county), as large
// tappable rows. Options have ids `${id}-opt-<code>` so a test can pick by GB/T 2260 code.
import { Text, View } from '@tarojs/components'
import FieldMessage from '@/components/field-message'
import type { RegionChoice } from '@/features/declaration/form-model'
import { regionLabel, useRegionPicker } from '@/features/declaration/use-region-picker'
import { useI18n } from '@/i18n/use-i18n'
import './index.css'

export interface RegionPickerProps {
  id: string
  label: string
  value: RegionChoice | null
  onChange: (choice: RegionChoice) => void
  error?: string | null
}

export default function RegionPicker({ id, label, value, onChange, error }: RegionPickerProps) {
  const { t } = useI18n()
  const p = useRegionPicker(onChange)
  return (
    <View id={id} className='region-picker'>
      <Text className='label'>{label}</Text>
      {!p.open && (
        <View id={`${id}-open`} className={`input region-picker__value ${error ? 'region-picker--error' : ''}`} onClick={p.start}>
          <Text>{value ? regionLabel(value.names) : t('region.choose')}</Text>
          <Text className='region-picker__chevron'>{value ? t('region.change') : '›'}</Text>
        </View>
      )}
      {p.open && (
        <View className='region-picker__panel'>
          {p.path.length > 0 && <Text className='region-picker__crumbs'>{regionLabel(p.path.map((s) => s.name))}</Text>}
          {p.path.length > 0 && <View id={`${id}-up`} className='region-picker__up' onClick={p.up}><Text>{t('region.up')}</Text></View>}
          {p.loading && <Text className='muted'>{t('region.loading')}</Text>}
          {p.failed && <View id={`${id}-retry`} className='region-picker__up' onClick={p.retry}><Text>⚠ {t('region.failed')}</Text></View>}
          {!p.loading && p.options.map((o) => (
            <View key={o.code} id={`${id}-opt-${o.code}`} className='region-picker__option' onClick={() => p.choose(o)}>
              <Text>{o.name}</Text>
            </View>
          ))}
        </View>
      )}
      <FieldMessage text={error} />
    </View>
  )
}
