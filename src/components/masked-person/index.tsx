// A person as staff may see them in a list: surname + *, the ID's first and last two digits, and the
// current colour (icon + words). Never more.
import { Text, View } from '@tarojs/components'
import StatusBadge from '@/components/status-badge'
import type { MaskedPerson as Person } from '@core/api/contract/review'
import { useI18n } from '@/i18n/use-i18n'
import './index.css'

export default function MaskedPerson({ person }: { person: Person | null }) {
  const { t } = useI18n()
  if (!person) return <Text className='masked-person muted'>{t('audit.personUnknown')}</Text>
  return (
    <View className='masked-person'>
      <Text className='masked-person__name'>{person.name}</Text>
      <Text className='masked-person__id'>{person.id}</Text>
      {person.status ? <StatusBadge status={person.status} /> : <Text className='muted'>{t('audit.noStatus')}</Text>}
    </View>
  )
}
