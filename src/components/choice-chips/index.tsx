// Large tappable options. Selection shows as ✓ versus ○ and a heavier border, not by colour alone.
import { Text, View } from '@tarojs/components'
import './index.css'

export interface ChoiceChipsProps<V extends string> {
  /** Option ids are `${id}-${value}`. */
  id: string
  options: { value: V; label: string }[]
  selected: readonly V[]
  onToggle: (value: V) => void
  multiple?: boolean
}

export default function ChoiceChips<V extends string>({ id, options, selected, onToggle, multiple = false }: ChoiceChipsProps<V>) {
  return (
    <View id={id} className='choice-chips' role={multiple ? 'group' : 'radiogroup'}>
      {options.map((o) => {
        const on = selected.includes(o.value)
        return (
          <View key={o.value} id={`${id}-${o.value}`} className={`choice-chips__option ${on ? 'is-on' : ''}`}
            role={multiple ? 'checkbox' : 'radio'} aria-checked={on} onClick={() => onToggle(o.value)}>
            <Text>{on ? '✓ ' : '○ '}{o.label}</Text>
          </View>
        )
      })}
    </View>
  )
}
