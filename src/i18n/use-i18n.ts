import { useCallback, useEffect, useState } from 'react'
import { getLang, onLangChange, setLang, translate, type Lang, type MessageKey } from './index'

/** `const { t, lang, setLang } = useI18n()` — re-renders the component when the language switches. */
export function useI18n() {
  const [lang, setState] = useState<Lang>(getLang)
  useEffect(() => onLangChange(setState), [])
  const t = useCallback((key: MessageKey, vars?: Record<string, string | number>) => translate(lang, key, vars), [lang])
  return { t, lang, setLang }
}
