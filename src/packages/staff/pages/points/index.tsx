// 采集点管理: the region admin adds collection points and venues, edits, closes and reopens them.
import { Text, View } from '@tarojs/components'
import ActionButton from '@/components/action-button'
import FieldMessage from '@/components/field-message'
import LabeledInput from '@/components/labeled-input'
import OptionChips from '@/components/option-chips'
import PointCard, { KINDS } from '@/components/point-card'
import { usePointsAdmin } from '@/features/admin/use-points-admin'
import { useI18n } from '@/i18n/use-i18n'

export default function PointsPage() {
  const { t } = useI18n()
  const p = usePointsAdmin()
  return (
    <View className='page'>
      <Text className='page__title' {...{ role: 'heading', 'aria-level': 1 }}>{t('points.title')}</Text>
      <View className='card'>
        <Text className='label'>{t('points.new')}</Text>
        <LabeledInput id='new-point-name' maxlength={60} label={t('points.name')} value={p.form.name} error={p.issues.name} onInput={(name) => p.setForm({ name })} />
        <LabeledInput id='new-point-address' label={t('points.address')} value={p.form.address} error={p.issues.address} onInput={(address) => p.setForm({ address })} />
        <Text className='label'>{t('points.kind')}</Text>
        <OptionChips id='new-point-kind' value={p.form.kind} onChange={(kind) => p.setForm({ kind })} options={KINDS.map((k) => ({ value: k, label: t(`points.kind.${k}`) }))} />
        <FieldMessage text={p.missing ? t('points.required') : null} />
        <ActionButton id='create-point' disabled={p.busy} label={t('points.create')} onClick={() => void p.submit()} />
      </View>
      <FieldMessage kind='info' text={p.notice ? t(p.notice.key, p.notice.vars) : null} />
      <FieldMessage text={p.error ? t(p.error) : null} />
      {p.points && <Text className='label'>{t('points.list', { n: p.points.length })}</Text>}
      {p.points?.map((x) => (
        <PointCard key={x.id} point={x} busy={p.busy} onEdit={(patch) => p.edit(x, patch)} onSetOpen={(open) => void p.setOpen(x, open)} />
      ))}
    </View>
  )
}
