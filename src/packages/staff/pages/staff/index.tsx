// 人员账号: the region admin adds staff (phone, name, role, point for a verifier), changes role or
// point, and disables or enables accounts. Grants of power wait for a second admin: the count of those
// waiting is shown first, and each card carries Approve/Reject, or "waiting" for the admin who asked.
import { Text, View } from '@tarojs/components'
import ActionButton from '@/components/action-button'
import FieldMessage from '@/components/field-message'
import LabeledInput from '@/components/labeled-input'
import OptionChips from '@/components/option-chips'
import StaffMemberCard from '@/components/staff-member-card'
import { STAFF_ROLE_CHOICES } from '@/features/admin/types'
import { useStaffAdmin } from '@/features/admin/use-staff-admin'
import { useI18n } from '@/i18n/use-i18n'

export default function StaffPage() {
  const { t } = useI18n()
  const s = useStaffAdmin()
  const err = (k: 'phone' | 'displayName' | 'pointId') => (s.errors[k] ? t(s.errors[k]!) : s.issues[k] ?? null)
  return (
    <View className='page'>
      <Text className='page__title' {...{ role: 'heading', 'aria-level': 1 }}>{t('staffAdmin.title')}</Text>
      <View className='card'>
        <Text className='label'>{t('staffAdmin.new')}</Text>
        <LabeledInput id='new-phone' type='number' maxlength={20} label={t('staffAdmin.phone')} value={s.form.phone} error={err('phone')} onInput={(phone) => s.setForm({ phone })} />
        <LabeledInput id='new-name' maxlength={40} label={t('staffAdmin.name')} value={s.form.displayName} error={err('displayName')} onInput={(displayName) => s.setForm({ displayName })} />
        <Text className='label'>{t('staffAdmin.role')}</Text>
        <OptionChips id='new-role' value={s.form.role} onChange={(role) => s.setForm({ role })} options={STAFF_ROLE_CHOICES.map((r) => ({ value: r, label: t(`role.${r}`) }))} />
        {s.form.role === 'verifier' && (
          <View>
            <Text className='label'>{t('staffAdmin.point')}</Text>
            <OptionChips id='new-point' value={s.form.pointId} onChange={(pointId) => s.setForm({ pointId })} options={s.openPoints.map((p) => ({ value: p.id, label: p.name }))} />
            <FieldMessage text={err('pointId')} />
          </View>
        )}
        <ActionButton id='create-staff' disabled={s.busy} label={t('staffAdmin.create')} onClick={() => void s.submit()} />
      </View>
      <FieldMessage kind='info' text={s.notice ? t(s.notice.key, s.notice.vars) : null} />
      <FieldMessage text={s.error ? t(s.error) : null} />
      {s.waiting.length > 0 && <Text id='staff-waiting' className='label'>{t('staffAdmin.pendingCount', { n: s.waiting.length })}</Text>}
      {s.staff && <Text className='label'>{t('staffAdmin.list', { n: s.staff.length })}</Text>}
      {s.staff?.map((m) => (
        <StaffMemberCard key={m.staffId} member={m} points={s.points} busy={s.busy} onChange={(patch) => s.change(m, patch)} onDecide={(approve) => s.decide(m, approve)} />
      ))}
    </View>
  )
}
