// 告警 (region admin): a manual change or an import's re-audit above the bulk threshold waits here until
// an admin releases or cancels it, with a note (Henan 2022). Every import upload is here too, and an admin
// whose uploads keep being rejected, for the other admins to see and acknowledge.
import { Text, View } from '@tarojs/components'
import ActionButton from '@/components/action-button'
import AlarmCard from '@/components/alarm-card'
import FieldMessage from '@/components/field-message'
import { useAlarms } from '@/features/admin/use-alarms'
import { useI18n } from '@/i18n/use-i18n'

export default function AlarmsPage() {
  const { t } = useI18n()
  const a = useAlarms()
  const open = a.alarms?.filter((x) => x.state === 'open').length ?? 0
  return (
    <View className='page'>
      <Text className='page__title' {...{ role: 'heading', 'aria-level': 1 }}>{t('alarm.title')}</Text>
      <FieldMessage kind='info' text={a.notice ? t(a.notice.key, a.notice.vars) : null} />
      <FieldMessage text={a.error ? t(a.error) : null} />
      {a.alarms && <Text id='alarms-open' className='label'>{open ? `⚠ ${t('alarm.openCount', { n: open })}` : `✓ ${t('alarm.none')}`}</Text>}
      {a.alarms?.map((x) => (
        <AlarmCard key={x.id} alarm={x} note={a.notes[x.id] ?? ''} noteMissing={a.missingNote === x.id} busy={a.busy} me={a.me}
          onNote={(v) => a.setNote(x.id, v)} onResolve={(action) => void a.resolve(x, action)} onOpenImport={a.openImport} />
      ))}
      <ActionButton id='refresh' kind='plain' disabled={a.busy} label={t('staffCommon.refresh')} onClick={() => void a.load()} />
    </View>
  )
}
