// 按编号查找: a person on the hotline reads out their correction's or appeal's reference; the auditor types
// it as heard (any case, with or without the dash or spaces) and the case page opens it.
import { useState } from 'react'
import Taro from '@tarojs/taro'
import { parseReference } from '@core/validation/reference-number'
import type { MessageKey } from '@/i18n'
import { caseByReferenceUrl } from './routes'

export function useReferenceLookup(open: (url: string) => void = (url) => void Taro.navigateTo({ url })) {
  const [typed, setTyped] = useState('')
  const [error, setError] = useState<MessageKey | null>(null)

  const find = () => {
    const reference = parseReference(typed)
    if (!reference) return setError('reference.lookup.invalid')
    setError(null)
    open(caseByReferenceUrl(reference))
  }

  return { typed, error, find, setTyped: (v: string) => { setTyped(v); setError(null) } }
}
