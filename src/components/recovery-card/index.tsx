// One identity-recovery item: the account that tried (its own phone number, masked), since when it is
// frozen, its attempts once shown (when, the document type, the number and surname masked, whether the
// number belongs to another account), who recorded the in-person check. Never anything of the number's
// owner. Approve is there on the viewer's own request too: the host refuses it (40305), shown on the card.
import { Text, View } from '@tarojs/components'
import ActionButton from '@/components/action-button'
import FieldMessage from '@/components/field-message'
import LabeledInput from '@/components/labeled-input'
import { labelOr } from '@/features/auditor/labels'
import type { CardNote } from '@/features/auditor/use-audit-queue'
import type { RecoveryEvidence, RecoveryItem, RecoveryState } from '@core/api/contract/review'
import type { MessageKey } from '@/i18n'
import { chinaDateTime } from '@/i18n/time'
import { useI18n } from '@/i18n/use-i18n'
import './index.css'

export interface RecoveryCardProps {
  item: RecoveryItem
  evidence: RecoveryEvidence | null
  note: string
  cardNote: CardNote | null
  busy: boolean
  onShow: () => void
  onNote: (v: string) => void
  onRequest: (attemptId: string) => void
  onApprove: () => void
  onClose: () => void
}

const STATE: Record<RecoveryState, string> = { open: '◷', requested: '⟳', moved: '✓', closed: '⊘' }

export default function RecoveryCard({ item, evidence, note, cardNote, busy, onShow, onNote, onRequest, onApprove, onClose }: RecoveryCardProps) {
  const { t } = useI18n()
  const id = `recovery-${item.id}`
  const undecided = item.state === 'open' || item.state === 'requested'
  return (
    <View id={id} className={`recovery-card ${item.mine ? 'recovery-card--mine' : ''}`} data-state={item.state} data-mine={item.mine ? 'yes' : 'no'}>
      {item.mine && <Text id={`${id}-mine`} className='recovery-card__mine'>{`★ ${t('audit.mine')}`}</Text>}
      <Text className='recovery-card__who'>{item.phoneMasked ? t('recovery.account', { phone: item.phoneMasked }) : t('recovery.noPhone')}</Text>
      <Text className='recovery-card__line'>{t('recovery.openedAt', { at: chinaDateTime(item.openedAt) })}</Text>
      <Text className='recovery-card__line'>{t('recovery.attempts', { n: item.attempts })}</Text>
      <Text id={`${id}-state`} className='recovery-card__state'>{`${STATE[item.state]} ${t(`recovery.state.${item.state}` as MessageKey)}`}</Text>
      {item.requestedAt !== null && (
        <Text className='recovery-card__line'>{t('recovery.requestedBy', { name: item.requestedByName ?? '—', at: chinaDateTime(item.requestedAt) })}</Text>
      )}
      {item.note && <Text id={`${id}-check`} className='recovery-card__line'>{`「${item.note}」`}</Text>}
      {evidence ? (
        <View id={`${id}-attempts`} className='recovery-card__attempts'>
          {evidence.attempts.map((a) => (
            <View key={a.id} id={`${id}-attempt-${a.id}`} className={`recovery-card__attempt ${a.id === item.attemptId ? 'recovery-card__attempt--chosen' : ''}`} data-outcome={a.outcome} data-chosen={a.id === item.attemptId ? 'yes' : 'no'}>
              <Text className='recovery-card__line'>
                {`${a.id === item.attemptId ? '➜ ' : ''}${t('recovery.attempt', { at: chinaDateTime(a.at), type: labelOr(t, `idType.${a.idType}`, a.idType), id: a.idMasked, name: a.nameMasked ?? '' })}`}
              </Text>
              <Text className='recovery-card__outcome'>{t(`recovery.outcome.${a.outcome}` as MessageKey)}</Text>
              {item.state === 'open' && a.outcome === 'conflict' && (
                <ActionButton id={`${id}-request-${a.id}`} disabled={busy} label={t('recovery.request')} onClick={() => onRequest(a.id)} />
              )}
            </View>
          ))}
        </View>
      ) : (
        <ActionButton id={`${id}-show`} kind='plain' disabled={busy} label={t('recovery.show')} onClick={onShow} />
      )}
      <FieldMessage kind={cardNote?.kind ?? 'error'} text={cardNote ? t(cardNote.key) : null} />
      {item.state === 'requested' && <ActionButton id={`${id}-approve`} disabled={busy} label={t('recovery.approve')} onClick={onApprove} />}
      {undecided && (
        <View>
          <LabeledInput id={`${id}-note`} label={t('recovery.note')} value={note} onInput={onNote} maxlength={500} />
          <ActionButton id={`${id}-close`} kind='danger' disabled={busy} label={t('recovery.close')} onClick={onClose} />
        </View>
      )}
    </View>
  )
}
