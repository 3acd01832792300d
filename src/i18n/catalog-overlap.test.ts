// Feature catalogs are spread into one object per language, where a repeated key silently wins over
// another feature's. Keep every feature's keys its own.
import opsZh from './ops.zh-CN'
import citizenZh from './citizen.zh-CN'
import staffZh from './staff.zh-CN'
import transparencyZh from './transparency.zh-CN'
import relativesZh from './relatives.zh-CN'

it('no key is defined by two catalogs', () => {
  const parts: Record<string, string[]> = {
    citizen: Object.keys(citizenZh), staff: Object.keys(staffZh), transparency: Object.keys(transparencyZh), relatives: Object.keys(relativesZh)
  }
  const counts = new Map<string, string[]>()
  parts.ops = Object.keys(opsZh)
  for (const [name, keys] of Object.entries(parts)) for (const k of keys) counts.set(k, [...(counts.get(k) ?? []), name])
  expect([...counts].filter(([, owners]) => owners.length > 1)).toEqual([])
})
