// Feature catalogs are spread into one object per language, where a repeated key silently wins over
// another feature's. Keep every feature's keys its own.
import opsZh from './ops.zh-CN'
import citizenZh from './citizen.zh-CN'
import staffZh from './staff.zh-CN'
import transparencyZh from './transparency.zh-CN'
import relativesZh from './relatives.zh-CN'
import idTypesZh from './id-types.zh-CN'
import offlineZh from './offline.zh-CN'
import workspaceZh from './workspace.zh-CN'
import referencesZh from './references.zh-CN'
import controlsZh from './controls.zh-CN'
import homeServicesZh from './home-services.zh-CN'
import careZh from './care.zh-CN'

it('no key is defined by two catalogs', () => {
  const parts: Record<string, string[]> = {
    citizen: Object.keys(citizenZh), staff: Object.keys(staffZh), transparency: Object.keys(transparencyZh), relatives: Object.keys(relativesZh), offline: Object.keys(offlineZh)
  }
  const counts = new Map<string, string[]>()
  parts.ops = Object.keys(opsZh)
  parts.idTypes = Object.keys(idTypesZh)
  parts.references = Object.keys(referencesZh)
  parts.controls = Object.keys(controlsZh)
  parts.homeServices = Object.keys(homeServicesZh)
  parts.workspace = Object.keys(workspaceZh)
  parts.care = Object.keys(careZh)
  for (const [name, keys] of Object.entries(parts)) for (const k of keys) counts.set(k, [...(counts.get(k) ?? []), name])
  expect([...counts].filter(([, owners]) => owners.length > 1)).toEqual([])
})
