// The name of the region a code was issued in, for the verifier's result screen, offline: from the generated
// GB/T 2260 table (provinces and prefectures). Only staff code imports this, so the table stays in the staff
// sub-package. A county code is named by its prefecture with the code beside it; anything else shows as written.
import { REGION_NAMES } from './region-names.generated'

let names: Map<string, string> | null = null

function table(): Map<string, string> {
  if (!names) {
    // Built on first use, not at load: the scan page may never show a valid code.
    names = new Map()
    for (const entry of REGION_NAMES.split('|')) if (entry.length > 6) names.set(entry.slice(0, 6), entry.slice(6))
  }
  return names
}

export function regionName(code: string): string | null {
  return /^\d{6}$/.test(code) ? table().get(code) ?? null : null
}

/** What the screen shows: 杭州市 for 330100, 杭州市（330106） for a county of it, the code itself when unknown. */
export function regionLabel(code: string): string {
  const exact = regionName(code)
  if (exact) return exact
  const prefecture = /^\d{6}$/.test(code) ? regionName(code.slice(0, 4) + '00') : null
  return prefecture ? `${prefecture}（${code}）` : code
}
