// One alarm: what was stopped and why (the counts against the limit), or, for the informational kinds,
// which upload it was or whose uploads keep being rejected; for an open one a note with Release / Cancel
// (informational ones: Acknowledge). An alarm about the viewer's own uploads is for the other admins to
// resolve, and says so. Words and icons carry the state; colour only repeats it.
import { Text, View } from '@tarojs/components'
import ActionButton from '@/components/action-button'
import FieldMessage from '@/components/field-message'
import LabeledInput from '@/components/labeled-input'
import type { MessageKey } from '@/i18n'
import type { Alarm } from '@core/api/contract/review'
import { chinaDateTime } from '@/i18n/time'
import { useI18n } from '@/i18n/use-i18n'
import './index.css'

export interface AlarmCardProps {
  alarm: Alarm
  note: string
  noteMissing: boolean
  busy: boolean
  /** The viewer's account: an alarm about their own uploads is not theirs to resolve. */
  me?: string | null
  onNote: (v: string) => void
  onResolve: (action: 'release' | 'cancel') => void
  onOpenImport?: (importId: string) => void
}

// Kinds other areas add fall back to the generic wording until they name themselves here.
const KIND: Partial<Record<Alarm['kind'], MessageKey>> = {
  'bulk-manual': 'alarm.kind.manual',
  'bulk-import': 'alarm.kind.import',
  'import-upload': 'alarm.kind.importUpload',
  'import-rejections': 'alarm.kind.importRejections',
  'identity-attempts': 'alarm.kind.identityAttempts',
  'bulk-staff': 'staffAdmin.alarmKind'
}

/** Alarms that hold nothing back: they are acknowledged, not released or cancelled. */
export const INFORMATIONAL: ReadonlySet<Alarm['kind']> = new Set(['import-upload', 'import-rejections', 'identity-attempts'])

const num = (v: unknown) => (typeof v === 'number' ? v : Number(v ?? 0))

function Detail({ alarm }: { alarm: Alarm }) {
  const { t } = useI18n()
  const d = alarm.detail
  const limits = (d.limits ?? {}) as { perAuditorPerHour?: number; perRegionPerHour?: number }
  let text: string | null = null
  if (alarm.kind === 'bulk-manual') {
    text = t('alarm.manualDetail', { n: num(d.appliedInLastHourByRequester), limit: limits.perAuditorPerHour ?? '—', region: num(d.appliedInLastHourInRegion), regionLimit: limits.perRegionPerHour ?? '—' })
  } else if (alarm.kind === 'bulk-import') {
    // The uploader's copy carries no count (docs/imports.md).
    text = d.wouldChange === undefined ? t('alarm.importDetailHidden', { limit: String(d.limit ?? '—') }) : t('alarm.importDetail', { n: num(d.wouldChange), limit: String(d.limit ?? '—') })
  } else if (alarm.kind === 'import-upload') {
    text = t('alarm.uploadDetail', { source: t(`dataImport.source.${String(d.source)}` as MessageKey), file: String(d.fileName ?? '') })
  } else if (alarm.kind === 'bulk-staff') {
    const staffLimits = (d.limits ?? {}) as { perAdminPerHour?: number; perRegionPerHour?: number }
    text = t('staffAdmin.alarmDetail', { n: num(d.requestsInLastHourByAdmin), limit: staffLimits.perAdminPerHour ?? '—', region: num(d.requestsInLastHourInRegion), regionLimit: staffLimits.perRegionPerHour ?? '—' })
  } else if (alarm.kind === 'import-rejections') {
    text = t('alarm.rejectionsDetail', { n: num(d.rejected), limit: String(d.limit ?? '—') })
  } else if (alarm.kind === 'identity-attempts') {
    text = t(d.scope === 'address' ? 'alarm.identityDetail.address' : 'alarm.identityDetail.region', { limit: String(d.limit ?? '—'), hour: chinaDateTime(num(d.windowStart)) })
  }
  return text ? <Text className='alarm-card__line'>{text}</Text> : null
}

export default function AlarmCard({ alarm, note, noteMissing, busy, me = null, onNote, onResolve, onOpenImport }: AlarmCardProps) {
  const { t } = useI18n()
  const open = alarm.state === 'open'
  const informational = INFORMATIONAL.has(alarm.kind)
  // A held grant of staff power is released or cancelled by another admin than the one who asked.
  const aboutMe = me !== null && ((informational && alarm.detail.uploadedBy === me) || (alarm.kind === 'bulk-staff' && alarm.detail.requestedBy === me))
  const importId = alarm.kind === 'import-upload' && typeof alarm.detail.import === 'string' ? alarm.detail.import : null
  return (
    <View id={`alarm-${alarm.id}`} className={`alarm-card ${open ? 'alarm-card--open' : ''}`} data-state={alarm.state} data-kind={alarm.kind}>
      <Text className='alarm-card__state'>{open ? `⚠ ${t('alarm.open')}` : `✓ ${t('alarm.resolved')}`}</Text>
      <Text className='alarm-card__kind'>{t(KIND[alarm.kind] ?? 'alarm.kind.manual')}</Text>
      <Text className='alarm-card__line'>{t('alarm.raisedAt', { at: chinaDateTime(alarm.raisedAt) })}</Text>
      <Detail alarm={alarm} />
      {alarm.resolvedAt !== null && <Text className='alarm-card__line'>{t('alarm.resolvedAt', { at: chinaDateTime(alarm.resolvedAt) })}</Text>}
      {importId && onOpenImport && <ActionButton id={`alarm-${alarm.id}-import`} kind='plain' label={t('alarm.openImport')} onClick={() => onOpenImport(importId)} />}
      {open && aboutMe && <Text id={`alarm-${alarm.id}-about-you`} className='alarm-card__line'>{`ℹ ${t('alarm.aboutYou')}`}</Text>}
      {open && !aboutMe && (
        <View>
          <LabeledInput id={`alarm-${alarm.id}-note`} label={t('alarm.note')} value={note} onInput={onNote} maxlength={500} />
          <FieldMessage text={noteMissing ? t('alarm.noteNeeded') : null} />
          {informational ? (
            <ActionButton id={`alarm-${alarm.id}-acknowledge`} disabled={busy} label={t('alarm.acknowledge')} onClick={() => onResolve('release')} />
          ) : (
            <View>
              <ActionButton id={`alarm-${alarm.id}-release`} disabled={busy} label={t('alarm.release')} onClick={() => onResolve('release')} />
              <ActionButton id={`alarm-${alarm.id}-cancel`} kind='danger' disabled={busy} label={t('alarm.cancel')} onClick={() => onResolve('cancel')} />
            </View>
          )}
        </View>
      )}
    </View>
  )
}
