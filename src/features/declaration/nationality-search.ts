// Finding a nationality by what a person types: its name in either language or its three-letter code
// (as printed in a passport's machine-readable zone), best matches first.
import { NATIONALITY_NAMES } from './nationality-names'

export interface NationalityOption {
  code: string
  name: string
}

export type NameLanguage = 'zh-CN' | 'en'

/** "德国" or "Germany"; the code itself for one not on the list. */
export function nationalityName(code: string, lang: NameLanguage): string {
  const names = NATIONALITY_NAMES[code]
  return names ? names[lang === 'en' ? 1 : 0] : code
}

/** Up to `limit` nationalities matching the query: the exact code first, then names that start with it, then the rest. */
export function searchNationalities(query: string, lang: NameLanguage, limit = 8): NationalityOption[] {
  const q = query.trim().toLowerCase()
  if (!q) return []
  const ranked: { rank: number; option: NationalityOption }[] = []
  for (const [code, [zh, en]] of Object.entries(NATIONALITY_NAMES)) {
    const names = [zh.toLowerCase(), en.toLowerCase()]
    let rank = -1
    if (code.toLowerCase() === q) rank = 0
    else if (names.some((n) => n.startsWith(q))) rank = 1
    else if (code.toLowerCase().startsWith(q) || names.some((n) => n.includes(q))) rank = 2
    if (rank >= 0) ranked.push({ rank, option: { code, name: lang === 'en' ? en : zh } })
  }
  return ranked.sort((a, b) => a.rank - b.rank || a.option.name.localeCompare(b.option.name)).slice(0, limit).map((r) => r.option)
}
