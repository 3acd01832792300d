// One bulk-change alarm: what was stopped and why (the counts against the limit), and for an open one
// a note with Release / Cancel. Words and icons carry the state; colour only repeats it.
import { Text, View } from '@tarojs/components'
import ActionButton from '@/components/action-button'
import FieldMessage from '@/components/field-message'
import LabeledInput from '@/components/labeled-input'
import type { Alarm } from '@core/api/contract/review'
import { chinaDateTime } from '@/i18n/time'
import { useI18n } from '@/i18n/use-i18n'
import './index.css'

export interface AlarmCardProps {
  alarm: Alarm
  note: string
  noteMissing: boolean
  busy: boolean
  onNote: (v: string) => void
  onResolve: (action: 'release' | 'cancel') => void
}

const num = (v: unknown) => (typeof v === 'number' ? v : Number(v ?? 0))

export default function AlarmCard({ alarm, note, noteMissing, busy, onNote, onResolve }: AlarmCardProps) {
  const { t } = useI18n()
  const d = alarm.detail
  const limits = (d.limits ?? {}) as { perAuditorPerHour?: number; perRegionPerHour?: number }
  const open = alarm.state === 'open'
  return (
    <View id={`alarm-${alarm.id}`} className={`alarm-card ${open ? 'alarm-card--open' : ''}`} data-state={alarm.state} data-kind={alarm.kind}>
      <Text className='alarm-card__state'>{open ? `⚠ ${t('alarm.open')}` : `✓ ${t('alarm.resolved')}`}</Text>
      <Text className='alarm-card__kind'>{t(alarm.kind === 'bulk-import' ? 'alarm.kind.import' : 'alarm.kind.manual')}</Text>
      <Text className='alarm-card__line'>{t('alarm.raisedAt', { at: chinaDateTime(alarm.raisedAt) })}</Text>
      {alarm.kind === 'bulk-manual' ? (
        <Text className='alarm-card__line'>
          {t('alarm.manualDetail', { n: num(d.appliedInLastHourByRequester), limit: limits.perAuditorPerHour ?? '—', region: num(d.appliedInLastHourInRegion), regionLimit: limits.perRegionPerHour ?? '—' })}
        </Text>
      ) : (
        <Text className='alarm-card__line'>{t('alarm.importDetail', { n: num(d.wouldChange), limit: String(d.limit ?? '—') })}</Text>
      )}
      {alarm.resolvedAt !== null && <Text className='alarm-card__line'>{t('alarm.resolvedAt', { at: chinaDateTime(alarm.resolvedAt) })}</Text>}
      {open && (
        <View>
          <LabeledInput id={`alarm-${alarm.id}-note`} label={t('alarm.note')} value={note} onInput={onNote} maxlength={500} />
          <FieldMessage text={noteMissing ? t('alarm.noteNeeded') : null} />
          <ActionButton id={`alarm-${alarm.id}-release`} disabled={busy} label={t('alarm.release')} onClick={() => onResolve('release')} />
          <ActionButton id={`alarm-${alarm.id}-cancel`} kind='danger' disabled={busy} label={t('alarm.cancel')} onClick={() => onResolve('cancel')} />
        </View>
      )}
    </View>
  )
}
