// Large tappable options. Selection shows as ✓ versus ○ and a heavier border, not by colour alone.
// On H5 each option is also a tab stop, chosen with Enter or Space (action-button/keyboard-click.ts).
import { Text, View } from '@tarojs/components'
import { keyboardClick } from '@/components/action-button/keyboard-click'
import './index.css'

export interface ChoiceChipsProps<V extends string> {
  /** Option ids are `${id}-${value}`. */
  id: string
  options: { value: V; label: string }[]
  selected: readonly V[]
  onToggle: (value: V) => void
  multiple?: boolean
  /** The group's name for screen readers (the visible label above it). */
  label?: string
}

export default function ChoiceChips<V extends string>({ id, options, selected, onToggle, multiple = false, label }: ChoiceChipsProps<V>) {
  return (
    <View id={id} className='choice-chips' role={multiple ? 'group' : 'radiogroup'} {...(label ? { 'aria-label': label } : {})}>
      {options.map((o) => {
        const on = selected.includes(o.value)
        return (
          <View key={o.value} id={`${id}-${o.value}`} className={`choice-chips__option ${on ? 'is-on' : ''}`}
            role={multiple ? 'checkbox' : 'radio'} aria-checked={on} onClick={() => onToggle(o.value)} {...keyboardClick()}>
            <Text>{on ? '✓ ' : '○ '}{o.label}</Text>
          </View>
        )
      })}
    </View>
  )
}
