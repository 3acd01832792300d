// Grants given or held: the other person (masked), what they may do, why, until when, and where the grant
// stands (icon + words). Before a grant is accepted the other person shows only by a masked number (the one
// the opener typed, or the opener's own), never by name. Offers and requests waiting for my answer
// (`onAnswer`) say who sent them and offer Accept and Decline; declining asks once more, and says that
// the sender will see it. Either side can end a live grant, the opener withdraw one not yet answered;
// ending asks once more before it happens.
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import ActionButton from '@/components/action-button'
import { chinaDateTime } from '@/i18n/time'
import type { GrantView } from '@core/api/contract/grants'
import { useI18n } from '@/i18n/use-i18n'
import type { MessageKey } from '@/i18n'
import './index.css'

const STATES: Record<string, [string, MessageKey]> = {
  active: ['✓', 'grant.state.active'],
  pending: ['⟳', 'grant.state.pending'],
  declined: ['⊘', 'grant.state.declined'],
  revoked: ['⊘', 'grant.state.revoked'],
  expired: ['⊘', 'grant.state.expired']
}

/** The same grant in the words of each side: "hold and show my code" / "hold and show their code". */
const SCOPES: Record<'given' | 'held', Record<'view' | 'hold', MessageKey>> = {
  given: { hold: 'grant.scope.hold', view: 'grant.scope.view' },
  held: { hold: 'grant.heldScope.hold', view: 'grant.heldScope.view' }
}

export interface GrantListProps {
  side: 'given' | 'held' | 'incoming'
  grants: GrantView[]
  busyId: string | null
  onRevoke?: (grantId: string) => void
  /** Held, active grants: show the code ("hold") or the status ("view"). */
  onOpen?: (g: GrantView) => void
  /** Grants waiting for my answer. */
  onAnswer?: (grantId: string, how: 'accept' | 'decline') => void
}

export default function GrantList({ side, grants, busyId, onRevoke, onOpen, onAnswer }: GrantListProps) {
  const { t } = useI18n()
  const [confirming, setConfirming] = useState<string | null>(null)
  if (grants.length === 0) return side === 'incoming' ? null : <Text className='muted'>{t(side === 'given' ? 'grant.noneGiven' : 'grant.noneHeld')}</Text>
  return (
    <View className='grant-list'>
      {grants.map((g) => {
        const mine = g.state === 'pending' && g.waitingFor === 'me'
        const [icon, label] = mine ? ['⟳', 'grant.state.pendingMine' as MessageKey] : STATES[g.state] ?? ['•', 'grant.state.expired']
        const live = g.state === 'active' || g.state === 'pending'
        const who = [g.other.name, g.other.phone].filter(Boolean).join(' · ') || t('grant.someone')
        // An offer to me makes me the relative ("their code"); a request to me asks for mine ("my code").
        const heading = side === 'incoming' ? t(g.side === 'held' ? 'grant.offerFrom' : 'grant.requestFrom', { who }) : who
        const withdraw = g.state === 'pending' && g.waitingFor === 'other'
        return (
          <View key={g.id} id={`${side}-${g.id}`} className='grant-list__item' data-state={g.state} data-scope={g.scope}
            role='group' aria-label={heading}>
            <Text className='grant-list__who'>{heading}</Text>
            <Text className='grant-list__line'>{g.scope === 'hold' ? '▣' : '◎'} {t(SCOPES[g.side][g.scope])}</Text>
            <Text className='grant-list__line'>{t('grant.purpose')}：{g.purpose}</Text>
            <Text className='grant-list__line'>{icon} {t(label)} · {t('grant.until', { at: chinaDateTime(g.expiresAt) })}</Text>
            {side === 'held' && g.state === 'active' && onOpen && (
              <ActionButton id={`open-${g.id}`} label={t(g.scope === 'hold' ? 'grant.showCode' : 'grant.showStatus')} onClick={() => onOpen(g)} />
            )}
            {mine && onAnswer && (confirming === g.id
              ? <ActionButton id={`decline-confirm-${g.id}`} kind='danger' disabled={busyId === g.id} label={t('grant.declineConfirm')}
                  onClick={() => { setConfirming(null); onAnswer(g.id, 'decline') }} />
              : <>
                  <ActionButton id={`accept-${g.id}`} disabled={busyId === g.id} label={t('grant.accept')} onClick={() => onAnswer(g.id, 'accept')} />
                  <ActionButton id={`decline-${g.id}`} kind='plain' disabled={busyId === g.id} label={t('grant.decline')} onClick={() => setConfirming(g.id)} />
                </>)}
            {live && !mine && onRevoke && (confirming === g.id
              ? <ActionButton id={`revoke-confirm-${g.id}`} kind='danger' disabled={busyId === g.id}
                  label={t(withdraw ? 'grant.withdrawConfirm' : side === 'given' ? 'grant.revokeConfirm' : 'grant.endConfirm')} onClick={() => { setConfirming(null); onRevoke(g.id) }} />
              : <ActionButton id={`revoke-${g.id}`} kind='plain' label={t(withdraw ? 'grant.withdraw' : side === 'given' ? 'grant.revoke' : 'grant.end')} onClick={() => setConfirming(g.id)} />)}
          </View>
        )
      })}
    </View>
  )
}
