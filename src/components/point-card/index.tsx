// One collection point for the admin: name, address, kind, open or closed (icon + words); edit in
// place, close or reopen.
import { useState } from 'react'
import { Text, View } from '@tarojs/components'
import ActionButton from '@/components/action-button'
import LabeledInput from '@/components/labeled-input'
import OptionChips from '@/components/option-chips'
import type { CollectionPoint, PointKind } from '@core/api/contract/points'
import type { PointForm } from '@/features/admin/use-points-admin'
import { useI18n } from '@/i18n/use-i18n'
import './index.css'

export interface PointCardProps {
  point: CollectionPoint
  busy?: boolean
  onEdit: (patch: PointForm) => Promise<boolean>
  onSetOpen: (open: boolean) => void
}

export const KINDS: PointKind[] = ['collection', 'venue']

export default function PointCard({ point, busy, onEdit, onSetOpen }: PointCardProps) {
  const { t } = useI18n()
  const [draft, setDraft] = useState<PointForm | null>(null)
  const id = `point-${point.id}`
  const open = point.status === 'open'
  const save = async () => {
    if (draft && draft.name.trim() && draft.address.trim() && (await onEdit({ ...draft, name: draft.name.trim(), address: draft.address.trim() }))) setDraft(null)
  }
  if (draft) {
    return (
      <View id={id} className='point-card'>
        <LabeledInput id={`${id}-name`} label={t('points.name')} value={draft.name} maxlength={60} onInput={(name) => setDraft({ ...draft, name })} />
        <LabeledInput id={`${id}-address`} label={t('points.address')} value={draft.address} onInput={(address) => setDraft({ ...draft, address })} />
        <OptionChips id={`${id}-kind`} value={draft.kind} onChange={(kind) => setDraft({ ...draft, kind })}
          options={KINDS.map((k) => ({ value: k, label: t(`points.kind.${k}`) }))} />
        <ActionButton id={`${id}-save`} label={t('staffCommon.save')} disabled={busy} onClick={() => void save()} />
        <ActionButton id={`${id}-cancel`} kind='plain' label={t('staffCommon.cancel')} onClick={() => setDraft(null)} />
      </View>
    )
  }
  return (
    <View id={id} className={`point-card ${open ? '' : 'point-card--closed'}`} data-status={point.status}>
      <Text className='point-card__name'>{point.name}</Text>
      <Text className='point-card__line'>{`${t(`points.kind.${point.kind}`)} · ${point.address}`}</Text>
      <Text id={`${id}-status`} className='point-card__status'>{open ? `✓ ${t('points.open')}` : `⊘ ${t('points.closed')}`}</Text>
      <ActionButton id={`${id}-edit`} kind='plain' label={t('staffCommon.edit')} onClick={() => setDraft({ name: point.name, address: point.address, kind: point.kind })} />
      <ActionButton id={`${id}-toggle`} kind={open ? 'danger' : 'plain'} disabled={busy} label={t(open ? 'points.close' : 'points.reopen')} onClick={() => onSetOpen(!open)} />
    </View>
  )
}
