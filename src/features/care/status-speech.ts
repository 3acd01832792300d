// What care mode says about a status: words beside the colour, and the sentence read aloud. The texts are
// in the i18n catalogs (care.*); the clip file names are what scripts/generate-care-clips.sh writes.
import type { HealthStatus } from '@core/credential/format'
import type { Lang, MessageKey } from '@/i18n'

export const CARE_STATUSES: readonly HealthStatus[] = ['green', 'yellow', 'red']

/** 绿码 · 可通行 — the colour and what it means, in words. */
export function statusWordsKey(status: HealthStatus): MessageKey {
  return `care.words.${status}` as MessageKey
}

/** 您的健康码是绿码，可以通行 — the sentence spoken for a status. */
export function speechKey(status: HealthStatus): MessageKey {
  return `care.speech.${status}` as MessageKey
}

/** The BCP 47 tag the speech engine is asked for. */
export function speechLang(lang: Lang): 'zh-CN' | 'en-US' {
  return lang === 'en' ? 'en-US' : 'zh-CN'
}

/** The pre-recorded clip of that sentence in the care sub-package (mini-programs have no speech engine). */
export function clipPath(status: HealthStatus, lang: Lang): string {
  return `/packages/care/clips/${status}-${lang === 'en' ? 'en' : 'zh'}.mp3`
}
