// Trips in the last 14 days: add and remove rows; each names a county and two dates.
import { Text, View } from '@tarojs/components'
import ActionButton from '@/components/action-button'
import DateField from '@/components/date-field'
import FieldMessage from '@/components/field-message'
import RegionPicker from '@/components/region-picker'
import type { TripRow } from '@/features/declaration/form-model'
import { tripWindowStart } from '@/features/declaration/dates'
import { useI18n } from '@/i18n/use-i18n'
import './index.css'

export interface TripListProps {
  trips: TripRow[]
  today: string
  onChange: (trips: TripRow[]) => void
  /** The message for a path such as `trips.0.region`, or null. */
  error: (path: string) => string | null
}

export default function TripList({ trips, today, onChange, error }: TripListProps) {
  const { t } = useI18n()
  const set = (i: number, patch: Partial<TripRow>) => onChange(trips.map((row, j) => (j === i ? { ...row, ...patch } : row)))
  const add = () => onChange([...trips, { key: Date.now() + trips.length, region: null, from: today, to: today }])
  return (
    <View id='trips' className='trip-list'>
      {trips.length === 0 && <Text className='muted'>{t('declare.noTrips')}</Text>}
      {trips.map((row, i) => (
        <View key={row.key} id={`trip-${i}`} className='trip-list__row'>
          <View className='trip-list__head'>
            <Text className='trip-list__title'>{t('declare.trip', { n: i + 1 })}</Text>
            <View id={`trip-${i}-remove`} className='trip-list__remove' onClick={() => onChange(trips.filter((_, j) => j !== i))}>
              <Text>✕ {t('declare.remove')}</Text>
            </View>
          </View>
          <RegionPicker id={`trip-${i}-region`} label={t('declare.tripRegion')} value={row.region} onChange={(region) => set(i, { region })} error={error(`trips.${i}.region`)} />
          <DateField id={`trip-${i}-from`} label={t('declare.from')} value={row.from} min={tripWindowStart(today)} max={today} onChange={(from) => set(i, { from })} error={error(`trips.${i}.from`)} />
          <DateField id={`trip-${i}-to`} label={t('declare.to')} value={row.to} min={tripWindowStart(today)} max={today} onChange={(to) => set(i, { to })} error={error(`trips.${i}.to`)} />
        </View>
      ))}
      <FieldMessage text={error('trips')} />
      <ActionButton id='add-trip' kind='plain' label={t('declare.addTrip')} onClick={add} />
    </View>
  )
}
