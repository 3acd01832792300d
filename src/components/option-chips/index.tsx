// One choice among a few, as large tappable options for staff forms (role, point, kind). The chosen
// one shows ✓ and a heavier border, never colour alone. On H5 each option is a tab stop chosen with
// Enter or Space (action-button/keyboard-click.ts).
import { Text, View } from '@tarojs/components'
import { keyboardClick } from '@/components/action-button/keyboard-click'
import './index.css'

export interface OptionChipsProps<V extends string> {
  /** Each option's id is `${id}-${value}`. */
  id: string
  options: { value: V; label: string }[]
  value: V | null
  onChange: (value: V) => void
  /** The group's name for screen readers (the visible label above it). */
  label?: string
}

export default function OptionChips<V extends string>({ id, options, value, onChange, label }: OptionChipsProps<V>) {
  return (
    <View id={id} className='option-chips' role='radiogroup' {...(label ? { 'aria-label': label } : {})}>
      {options.map((o) => {
        const on = o.value === value
        return (
          <View key={o.value} id={`${id}-${o.value}`} className={`option-chips__option ${on ? 'option-chips__option--on' : ''}`}
            role='radio' aria-checked={on} onClick={() => onChange(o.value)} {...keyboardClick()}>
            <Text>{`${on ? '✓' : '○'} ${o.label}`}</Text>
          </View>
        )
      })}
    </View>
  )
}
