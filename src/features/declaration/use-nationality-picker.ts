// The nationality field's state: what is typed to search, and whether the list is open (it opens until
// a nationality is chosen, and again on "change").
import { useState } from 'react'
import { searchNationalities, type NameLanguage } from './nationality-search'

export function useNationalityPicker(value: string, onChange: (code: string) => void, lang: NameLanguage) {
  const [query, setQuery] = useState('')
  const [editing, setEditing] = useState(false)
  const open = editing || !value
  return {
    query, setQuery, open,
    options: open ? searchNationalities(query, lang) : [],
    change: () => setEditing(true),
    choose: (code: string) => {
      onChange(code)
      setEditing(false)
      setQuery('')
    }
  }
}
