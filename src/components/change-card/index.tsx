// A manual status change waiting for a second auditor (or held by the bulk threshold): who, to which
// colour, why, when, and whether it is the viewer's own request. Approve is there on the viewer's own
// request too: the host refuses it (40305), and the refusal is shown here, on the card.
import { Text, View } from '@tarojs/components'
import ActionButton from '@/components/action-button'
import FieldMessage from '@/components/field-message'
import LabeledInput from '@/components/labeled-input'
import MaskedPerson from '@/components/masked-person'
import StatusBadge from '@/components/status-badge'
import { CHANGE_STATE, changeReason, labelOr } from '@/features/auditor/labels'
import type { PendingChange } from '@core/api/contract/review'
import type { CardNote } from '@/features/auditor/use-audit-queue'
import { chinaDateTime } from '@/i18n/time'
import { useI18n } from '@/i18n/use-i18n'
import './index.css'

export interface ChangeCardProps {
  change: PendingChange
  note: CardNote | null
  rejectNote: string
  busy: boolean
  onRejectNote: (v: string) => void
  onApprove: () => void
  onReject: () => void
  /** Opens the evidence of the case the change is linked to. */
  onOpenCase?: () => void
}

export default function ChangeCard({ change, note, rejectNote, busy, onRejectNote, onApprove, onReject, onOpenCase }: ChangeCardProps) {
  const { t, lang } = useI18n()
  const state = CHANGE_STATE[change.state]
  const id = `change-${change.id}`
  return (
    <View id={id} className={`change-card ${change.mine ? 'change-card--mine' : ''}`} data-state={change.state} data-mine={change.mine ? 'yes' : 'no'}>
      {change.mine && <Text id={`${id}-mine`} className='change-card__mine'>{`★ ${t('audit.mine')}`}</Text>}
      <MaskedPerson person={change.person} />
      <View className='change-card__to'>
        <Text className='change-card__label'>{t('audit.changeTo')}</Text>
        <StatusBadge status={change.toStatus} />
      </View>
      <Text className='change-card__line'>{`${t('audit.reason')}：${changeReason(lang, change.reasonCode)}`}</Text>
      <Text className='change-card__line'>{t('audit.requestedAt', { at: chinaDateTime(change.requestedAt) })}</Text>
      {(change.evidence ?? []).map((e, i) => (
        <Text key={i} className='change-card__line'>{`${t('audit.linked')}：${labelOr(t, `audit.evidenceKind.${e.kind}`, labelOr(t, `audit.kind.${e.kind}`, e.kind))} ${e.ref}`}</Text>
      ))}
      {onOpenCase && <Text id={`${id}-case`} className='link' onClick={onOpenCase}>{`${t('audit.openLinkedCase')} ›`}</Text>}
      <Text id={`${id}-state`} className='change-card__state'>{`${state.icon} ${t(state.key)}`}</Text>
      <FieldMessage kind={note?.kind ?? 'error'} text={note ? t(note.key) : null} />
      {change.state === 'pending' && <ActionButton id={`${id}-approve`} disabled={busy} label={t('audit.approve')} onClick={onApprove} />}
      <LabeledInput id={`${id}-note`} label={t('audit.rejectNote')} value={rejectNote} onInput={onRejectNote} maxlength={500} />
      <ActionButton id={`${id}-reject`} kind='danger' disabled={busy} label={t('audit.reject')} onClick={onReject} />
    </View>
  )
}
