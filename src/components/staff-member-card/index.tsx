// One staff member for the admin: name, masked phone, role, point and whether the account is active,
// disabled or waiting for approval (icon + words); change role or point in place, disable or enable.
// A grant of power waiting for a second admin shows what it would do and who asked: the other admins
// get Approve and Reject, the admin who asked sees it waiting and may withdraw it.
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import ActionButton from '@/components/action-button'
import OptionChips from '@/components/option-chips'
import type { CollectionPoint } from '@core/api/contract/points'
import type { StaffRole, StaffView } from '@core/api/contract/staff'
import { STAFF_ROLE_CHOICES } from '@/features/admin/types'
import type { StaffPatch } from '@/features/admin/use-staff-admin'
import { useI18n } from '@/i18n/use-i18n'
import './index.css'

export interface StaffMemberCardProps {
  member: StaffView
  points: CollectionPoint[]
  busy?: boolean
  onChange: (patch: StaffPatch) => Promise<boolean>
  /** Approve (true) or reject/withdraw (false) the member's waiting request. */
  onDecide?: (approve: boolean) => Promise<boolean>
}

const STATUS_MARK = { active: '✓', disabled: '⊘', pending: '⏳' } as const

export default function StaffMemberCard({ member, points, busy, onChange, onDecide }: StaffMemberCardProps) {
  const { t } = useI18n()
  const [draft, setDraft] = useState<{ role: StaffRole; pointId: string | null } | null>(null)
  const id = `staff-${member.staffId}`
  const active = member.status === 'active'
  const pending = member.status === 'pending'
  const request = member.request
  const pointName = points.find((p) => p.id === member.pointId)?.name ?? t('staffAdmin.noPoint')
  const statusWords = active ? t('staffAdmin.active') : pending ? t('staffAdmin.pending') : t('staffAdmin.disabled')
  const save = async () => {
    if (draft && (await onChange({ role: draft.role, pointId: draft.role === 'verifier' ? draft.pointId : null }))) setDraft(null)
  }
  return (
    <View id={id} className={`staff-card ${active ? '' : 'staff-card--off'}`} data-status={member.status}>
      <Text className='staff-card__name'>{member.displayName}</Text>
      <Text className='staff-card__line'>{`${member.phoneMasked ?? ''} · ${t(`role.${member.role}`)}`}</Text>
      {member.role === 'verifier' && <Text className='staff-card__line'>{`${t('staffAdmin.point')}：${pointName}`}</Text>}
      <Text id={`${id}-status`} className='staff-card__status'>{`${STATUS_MARK[member.status]} ${statusWords}`}</Text>
      {request && (
        <View id={`${id}-request`} className='staff-card__request' data-state={request.state} data-mine={request.mine ? 'true' : 'false'}>
          <Text className='staff-card__line'>
            {t('staffAdmin.requestBy', { what: t(`staffAdmin.request.${request.kind}`, { role: t(`role.${request.role}`) }), name: request.requestedByName ?? '' })}
          </Text>
          {request.state === 'held' && <Text className='staff-card__line'>{t('staffAdmin.held')}</Text>}
          {request.mine ? (
            <View>
              <Text id={`${id}-waiting`} className='staff-card__status'>{t('staffAdmin.waiting')}</Text>
              <ActionButton id={`${id}-withdraw`} kind='plain' disabled={busy} label={t('staffAdmin.withdraw')} onClick={() => void onDecide?.(false)} />
            </View>
          ) : (
            <View className='staff-card__actions'>
              <ActionButton id={`${id}-approve`} disabled={busy || request.state === 'held'} label={t('staffAdmin.approve')} onClick={() => void onDecide?.(true)} />
              <ActionButton id={`${id}-reject`} kind='danger' disabled={busy} label={t('staffAdmin.reject')} onClick={() => void onDecide?.(false)} />
            </View>
          )}
        </View>
      )}
      {pending ? null : draft ? (
        <View>
          <OptionChips id={`${id}-role`} value={draft.role} onChange={(role) => setDraft({ ...draft, role })}
            options={STAFF_ROLE_CHOICES.map((r) => ({ value: r, label: t(`role.${r}`) }))} />
          {draft.role === 'verifier' && (
            <OptionChips id={`${id}-point`} value={draft.pointId} onChange={(pointId) => setDraft({ ...draft, pointId })}
              options={points.filter((p) => p.status === 'open').map((p) => ({ value: p.id, label: p.name }))} />
          )}
          <ActionButton id={`${id}-save`} label={t('staffCommon.save')} disabled={busy} onClick={() => void save()} />
          <ActionButton id={`${id}-cancel`} kind='plain' label={t('staffCommon.cancel')} onClick={() => setDraft(null)} />
        </View>
      ) : (
        <View className='staff-card__actions'>
          <ActionButton id={`${id}-edit`} kind='plain' label={t('staffCommon.edit')} onClick={() => setDraft({ role: member.role, pointId: member.pointId })} />
          <ActionButton id={`${id}-toggle`} kind={active ? 'danger' : 'plain'} disabled={busy} label={t(active ? 'staffAdmin.disable' : 'staffAdmin.enable')}
            onClick={() => void onChange({ status: active ? 'disabled' : 'active' })} />
        </View>
      )}
    </View>
  )
}
