// Large tappable options. Selection shows as ✓ versus ○ and a heavier border, not by colour alone.
// On H5 each option is also reachable by Tab and chosen with Enter or Space.
import { Text, View } from '@tarojs/components'
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

/**
 * Taro draws a View as a plain element on H5, which the keyboard cannot reach: each option is made
 * focusable and answers Enter and Space. Mini-programs have no keyboard and get nothing extra.
 */
function keyboardProps(choose: () => void): Record<string, unknown> {
  if (process.env.TARO_ENV !== 'h5') return {}
  return {
    tabIndex: 0,
    onKeyDown: (e: { key: string; preventDefault: () => void }) => {
      if (e.key !== 'Enter' && e.key !== ' ') return
      e.preventDefault()
      choose()
    }
  }
}

export default function ChoiceChips<V extends string>({ id, options, selected, onToggle, multiple = false, label }: ChoiceChipsProps<V>) {
  return (
    <View id={id} className='choice-chips' role={multiple ? 'group' : 'radiogroup'} {...(label ? { 'aria-label': label } : {})}>
      {options.map((o) => {
        const on = selected.includes(o.value)
        return (
          <View key={o.value} id={`${id}-${o.value}`} className={`choice-chips__option ${on ? 'is-on' : ''}`}
            role={multiple ? 'checkbox' : 'radio'} aria-checked={on} onClick={() => onToggle(o.value)} {...keyboardProps(() => onToggle(o.value))}>
            <Text>{on ? '✓ ' : '○ '}{o.label}</Text>
          </View>
        )
      })}
    </View>
  )
}
