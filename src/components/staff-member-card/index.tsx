// One staff member for the admin: name, masked phone, role, point and whether the account is active
// (icon + words); change role or point in place, disable or enable.
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
}

export default function StaffMemberCard({ member, points, busy, onChange }: StaffMemberCardProps) {
  const { t } = useI18n()
  const [draft, setDraft] = useState<{ role: StaffRole; pointId: string | null } | null>(null)
  const id = `staff-${member.staffId}`
  const active = member.status === 'active'
  const pointName = points.find((p) => p.id === member.pointId)?.name ?? t('staffAdmin.noPoint')
  const save = async () => {
    if (draft && (await onChange({ role: draft.role, pointId: draft.role === 'verifier' ? draft.pointId : null }))) setDraft(null)
  }
  return (
    <View id={id} className={`staff-card ${active ? '' : 'staff-card--off'}`} data-status={member.status}>
      <Text className='staff-card__name'>{member.displayName}</Text>
      <Text className='staff-card__line'>{`${member.phoneMasked ?? ''} · ${t(`role.${member.role}`)}`}</Text>
      {member.role === 'verifier' && <Text className='staff-card__line'>{`${t('staffAdmin.point')}：${pointName}`}</Text>}
      <Text id={`${id}-status`} className='staff-card__status'>{active ? `✓ ${t('staffAdmin.active')}` : `⊘ ${t('staffAdmin.disabled')}`}</Text>
      {draft ? (
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
