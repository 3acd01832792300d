// Choose a nationality (ISO 3166-1 alpha-3) by typing part of its name in either language or its code,
// then picking one of the matches shown as large rows. Options have ids `${id}-opt-<code>`. On H5 the rows
// are reachable by Tab and chosen with Enter; the matches are announced as they change.
import { Input, Text, View } from '@tarojs/components'
import FieldMessage from '@/components/field-message'
import { nationalityName } from '@/features/declaration/nationality-search'
import { useNationalityPicker } from '@/features/declaration/use-nationality-picker'
import { useI18n } from '@/i18n/use-i18n'
import './index.css'

export interface NationalityPickerProps {
  id: string
  label: string
  /** The chosen alpha-3 code, '' for none. */
  value: string
  onChange: (code: string) => void
  error?: string | null
}

function keyboardProps(): Record<string, unknown> {
  if (process.env.TARO_ENV !== 'h5') return {}
  return {
    tabIndex: 0, role: 'button',
    onKeyDown: (e: { key: string; preventDefault: () => void }) => {
      if (e.key !== 'Enter' && e.key !== ' ') return
      e.preventDefault()
      // A real click, as a native control gives one: the element's own onClick runs (action-button/keyboard-click.ts).
      ;(e as unknown as { currentTarget: { click: () => void } }).currentTarget.click()
    }
  }
}

export default function NationalityPicker({ id, label, value, onChange, error }: NationalityPickerProps) {
  const { t, lang } = useI18n()
  const p = useNationalityPicker(value, onChange, lang)
  const chosen = value ? `${nationalityName(value, lang)}（${value}）` : ''
  return (
    <View id={id} className={`nationality-picker ${error ? 'nationality-picker--error' : ''}`}>
      <Text className='label'>{label}</Text>
      {!p.open && (
        <View id={`${id}-value`} className='input nationality-picker__value' onClick={p.change} {...keyboardProps()}
          aria-label={`${label}：${chosen}，${t('declare.nationalityChange')}`}>
          <Text>{chosen}</Text>
          <Text className='nationality-picker__change'>{t('declare.nationalityChange')}</Text>
        </View>
      )}
      {p.open && (
        <View className='nationality-picker__panel'>
          <Input id={`${id}-search`} className='input' value={p.query} maxlength={40} placeholder={t('declare.nationalitySearch')}
            aria-label={`${label}：${t('declare.nationalitySearch')}`} onInput={(e) => p.setQuery(e.detail.value)} />
          <View className='nationality-picker__options' aria-live='polite'>
            {p.options.map((o) => (
              <View key={o.code} id={`${id}-opt-${o.code}`} className='nationality-picker__option' onClick={() => p.choose(o.code)} {...keyboardProps()}>
                <Text>{`${o.name}（${o.code}）`}</Text>
              </View>
            ))}
            {p.query.trim() !== '' && p.options.length === 0 && <Text className='muted'>{t('declare.nationalityNone')}</Text>}
          </View>
        </View>
      )}
      <FieldMessage text={error} />
    </View>
  )
}
