// H5: the browser's own speech engine says the sentence, in the app's language.
import type { HealthStatus } from '@core/credential/format'
import type { Lang } from '@/i18n'
import { speechLang } from './status-speech'

/** False when the browser cannot speak (the page then shows the words only). */
export function readAloud(_status: HealthStatus, lang: Lang, text: string): boolean {
  const synth = typeof window !== 'undefined' ? window.speechSynthesis : undefined
  if (!synth || typeof SpeechSynthesisUtterance !== 'function') return false
  const u = new SpeechSynthesisUtterance(text)
  u.lang = speechLang(lang)
  u.rate = 0.9 // a little slower than the default, for older listeners
  synth.cancel() // a second tap starts over instead of queueing
  synth.speak(u)
  return true
}
