// H5: three lists (year, month, day) instead of the browser's <input type="date">, whose own words and
// order ("mm/dd/yyyy", the calendar's month names) follow the browser's language, not the page's. Each
// list's words are ours, in the page's language; the lists only offer days between min and max, a list
// with one choice is chosen at once, and the keyboard and screen readers know native lists well.
import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import FieldMessage from '@/components/field-message'
import { useI18n } from '@/i18n/use-i18n'
import { dateOf, options, partsOf, settle, type DateParts } from './date-parts'
import type { DateFieldProps } from './props'
import './index.css'

export default function DateField({ id, label, value, min, max, onChange, error }: DateFieldProps) {
  const { t } = useI18n()
  const [parts, setParts] = useState<DateParts>(() => settle(partsOf(value), min, max))
  // A date set from outside (a draft restored, the form cleared) shows as the lists' choices.
  useEffect(() => {
    if (value !== dateOf(parts, min, max)) setParts(settle(partsOf(value), min, max))
  }, [value, min, max]) // eslint-disable-line react-hooks/exhaustive-deps

  const o = options(parts, min, max)
  const choose = (part: keyof DateParts, raw: string) => {
    const next = settle({ ...parts, [part]: raw === '' ? null : Number(raw) }, min, max)
    setParts(next)
    const date = dateOf(next, min, max)
    if (date !== value) onChange(date)
  }
  const list = (part: keyof DateParts, name: string, values: number[], word: (n: number) => string) => (
    <select id={`${id}-${part === 'y' ? 'year' : part === 'm' ? 'month' : 'day'}`} className={`input date-field__part ${error ? 'date-field--error' : ''}`}
      aria-label={`${label} ${name}`} value={parts[part] ?? ''} disabled={values.length === 0} onChange={(e) => choose(part, e.target.value)}>
      <option value=''>{t('dateField.pickPart', { part: name })}</option>
      {values.map((n) => <option key={n} value={n}>{word(n)}</option>)}
    </select>
  )
  return (
    <View className='date-field'>
      <Text id={`${id}-label`} className='label'>{label}</Text>
      <View id={id} className='date-field__parts' role='group' aria-labelledby={`${id}-label`} data-value={value}>
        {list('y', t('dateField.year'), o.years, (n) => t('dateField.yearOption', { n }))}
        {list('m', t('dateField.month'), o.months, (n) => t('dateField.monthOption', { n }))}
        {list('d', t('dateField.day'), o.days, (n) => t('dateField.dayOption', { n }))}
      </View>
      <FieldMessage text={error} />
    </View>
  )
}
