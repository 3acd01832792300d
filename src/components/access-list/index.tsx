// Who saw the holder's code or status: a scan at a collection point, a relative's view, a staff read.
// Each with the kind (icon + words), when, who, where and why, in the reader's language.
import { Text, View } from '@tarojs/components'
import { purposeKey, splitStaff } from '@/features/citizen/access-purpose'
import { chinaDateTime } from '@/i18n/time'
import type { AccessEntry } from '@core/api/contract/citizen'
import { useI18n } from '@/i18n/use-i18n'
import type { MessageKey } from '@/i18n'
import './index.css'

const KINDS: Record<AccessEntry['kind'], [string, MessageKey]> = {
  scan: ['▣', 'access.kind.scan'],
  relative: ['◆', 'access.kind.relative'],
  staff: ['●', 'access.kind.staff']
}

export default function AccessList({ entries }: { entries: AccessEntry[] }) {
  const { t } = useI18n()
  if (entries.length === 0) return <Text className='muted'>{t('access.none')}</Text>
  const who = (e: AccessEntry) => {
    if (e.kind === 'scan' && e.who === 'verifier') return t('role.verifier')
    const s = splitStaff(e.who)
    return s.role ? `${s.name}（${t(s.role)}）` : s.name
  }
  const purpose = (p: string) => {
    const key = purposeKey(p)
    return key ? t(key) : p
  }
  return (
    <View className='access-list'>
      {entries.map((e, i) => {
        const [icon, label] = KINDS[e.kind] ?? ['•', 'access.kind.staff']
        return (
          <View key={`${e.at}-${i}`} id={`access-${i}`} className='access-list__item' data-kind={e.kind}>
            <View className='access-list__head'>
              <Text className='access-list__kind'>{icon} {t(label)}</Text>
              <Text className='access-list__at'>{chinaDateTime(e.at, true)}</Text>
            </View>
            <Row label={t('access.who')} value={who(e)} />
            {e.where && <Row label={t('access.where')} value={e.where} />}
            <Row label={t('access.purpose')} value={purpose(e.purpose)} />
            {e.outcome && <Row label={t('access.outcome')} value={t(e.outcome === 'invalid' || e.outcome === 'unchecked' ? `access.outcome.${e.outcome}` : `status.${e.outcome}`)} />}
          </View>
        )
      })}
    </View>
  )
}

function Row({ label, value }: { label: string; value: string }) {
  return (
    <View className='access-list__row'>
      <Text className='access-list__label'>{label}</Text>
      <Text className='access-list__value'>{value}</Text>
    </View>
  )
}
