// A deliberately tiny i18n: two catalogs, `{name}` interpolation, a language chosen from the
// system (or the user's saved choice) and a subscriber list so React can re-render on switch.
import Taro from '@tarojs/taro'
import en from './en'
import zhCN, { type MessageKey } from './zh-CN'

export type Lang = 'zh-CN' | 'en'
export type { MessageKey }
export const LANGS: Lang[] = ['zh-CN', 'en']

const catalogs: Record<Lang, Record<MessageKey, string>> = { 'zh-CN': zhCN, en }
const KEY = 'hc.lang'
let current: Lang | null = null
const listeners = new Set<(l: Lang) => void>()

/** 'zh_CN', 'zh-Hans-CN', 'zh' → zh-CN; any other language → en. */
export function normalizeLang(raw: string | undefined | null): Lang {
  return raw && /^zh/i.test(raw) ? 'zh-CN' : raw ? 'en' : 'zh-CN'
}

function systemLanguage(): string | undefined {
  try {
    // getAppBaseInfo is the non-deprecated WeChat API; other platforms still have getSystemInfoSync.
    const base = typeof Taro.getAppBaseInfo === 'function' ? Taro.getAppBaseInfo() : null
    return base?.language || Taro.getSystemInfoSync().language
  } catch {
    return undefined
  }
}

// Resolved lazily, never at module load: the mini-program globals smoke test loads every file
// with only WeChat's globals and storage may not be ready yet.
export function getLang(): Lang {
  if (current) return current
  let saved: unknown
  try {
    saved = Taro.getStorageSync(KEY)
  } catch {
    saved = undefined
  }
  current = saved === 'zh-CN' || saved === 'en' ? saved : normalizeLang(systemLanguage())
  return current
}

export function setLang(lang: Lang): void {
  current = lang
  try {
    Taro.setStorageSync(KEY, lang)
  } catch {
    // not persisted; still switched for this run
  }
  listeners.forEach((fn) => fn(lang))
}

export function onLangChange(fn: (l: Lang) => void): () => void {
  listeners.add(fn)
  return () => {
    listeners.delete(fn)
  }
}

export function translate(lang: Lang, key: MessageKey, vars?: Record<string, string | number>): string {
  const text = catalogs[lang][key] ?? catalogs['zh-CN'][key] ?? key
  return vars ? text.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m)) : text
}

export function t(key: MessageKey, vars?: Record<string, string | number>): string {
  return translate(getLang(), key, vars)
}
