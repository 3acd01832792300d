// The auditor's field for a reference read out on the phone ("7kq4 wx2m" is fine), and its button.
import { View } from '@tarojs/components'
import ActionButton from '@/components/action-button'
import LabeledInput from '@/components/labeled-input'
import { useI18n } from '@/i18n/use-i18n'
import './index.css'

export interface ReferenceLookupProps {
  value: string
  /** Already translated. */
  error: string | null
  onInput: (v: string) => void
  onFind: () => void
}

export default function ReferenceLookup({ value, error, onInput, onFind }: ReferenceLookupProps) {
  const { t } = useI18n()
  return (
    <View id='reference-lookup' className='card reference-lookup' role='search' aria-label={t('reference.lookup.title')}>
      <LabeledInput id='reference-lookup-field' label={t('reference.lookup.field')} value={value} maxlength={20} error={error} onInput={onInput} />
      <ActionButton id='reference-lookup-find' kind='plain' label={t('reference.lookup.submit')} onClick={onFind} />
    </View>
  )
}
