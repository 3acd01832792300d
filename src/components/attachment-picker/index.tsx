// Images for a correction or an appeal: thumbnails with a remove button each, an add button that says
// how many are left, and the limits in words (at most 3, JPG or PNG, each at most 2 MB).
import { Image, Text, View } from '@tarojs/components'
import ActionButton from '@/components/action-button'
import FieldMessage from '@/components/field-message'
import { useI18n } from '@/i18n/use-i18n'
import './index.css'

export interface AttachmentPickerProps {
  id: string
  items: { key: string; preview: string; mime: string }[]
  max: number
  /** Already translated. */
  problem: string | null
  onAdd: () => void
  onRemove: (key: string) => void
}

export default function AttachmentPicker({ id, items, max, problem, onAdd, onRemove }: AttachmentPickerProps) {
  const { t } = useI18n()
  return (
    <View id={id} className='attachment-picker'>
      <Text className='label'>{t('attach.label', { n: items.length, max })}</Text>
      <Text className='attachment-picker__hint'>{t('attach.hint')}</Text>
      <View className='attachment-picker__list'>
        {items.map((a, i) => (
          <View key={a.key} id={`${id}-item-${i}`} className='attachment-picker__item'>
            <Image className='attachment-picker__thumb' src={a.preview} mode='aspectFill' ariaLabel={t('attach.alt', { n: i + 1 })} />
            <Text className='attachment-picker__kind'>{t('attach.image', { n: i + 1 })} · {a.mime === 'image/png' ? 'PNG' : 'JPG'}</Text>
            <View id={`${id}-remove-${i}`} className='attachment-picker__remove' role='button' onClick={() => onRemove(a.key)}>
              <Text>✕ {t('attach.remove')}</Text>
            </View>
          </View>
        ))}
      </View>
      {items.length < max && <ActionButton id={`${id}-add`} kind='plain' label={t('attach.add')} onClick={onAdd} />}
      <FieldMessage text={problem} />
    </View>
  )
}
