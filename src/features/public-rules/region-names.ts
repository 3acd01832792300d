// "湖北省 › 武汉市 › 武昌区" for a GB/T 2260 code, from region-list one level at a time (the full
// division list stays on the host, TOOLCHAIN.md). Each level is fetched once per session.
import { fetchRegions } from './rules-api'

const levels = new Map<string, Promise<Map<string, string>>>()

function level(parent: string): Promise<Map<string, string>> {
  let hit = levels.get(parent)
  if (!hit) {
    hit = fetchRegions(parent || undefined).then((r) => new Map((r.data?.regions ?? []).map((x) => [x.code, x.name])))
    // A failed level is retried next time rather than cached empty.
    hit.then((m) => m.size === 0 && levels.delete(parent), () => levels.delete(parent))
    levels.set(parent, hit)
  }
  return hit
}

/** The codes above `code` (province, prefecture) and the code itself, each with its parent. */
export function lineage(code: string): { code: string; parent: string }[] {
  const province = `${code.slice(0, 2)}0000`
  const prefecture = `${code.slice(0, 4)}00`
  const out = [{ code: province, parent: '' }]
  if (prefecture !== province) out.push({ code: prefecture, parent: province })
  if (code !== prefecture) out.push({ code, parent: prefecture })
  return out
}

/** The full name, or null when the host cannot say (offline, unknown code). 市辖区 adds nothing. */
export async function regionName(code: string): Promise<string | null> {
  try {
    const names = await Promise.all(lineage(code).map(async (l) => (await level(l.parent)).get(l.code) ?? null))
    if (names[names.length - 1] === null) return null
    return names.filter((n): n is string => n !== null && n !== '市辖区').join(' › ')
  } catch {
    return null
  }
}
