// Province → prefecture → county, each level fetched from region-list only when opened (the full
// division list is too big for the weapp main package, TOOLCHAIN.md) and cached for the session.
// A level with one entry (直辖市 → 市辖区) is stepped through; a level with none ends the choice.
import { useState } from 'react'
import { ReturnCode } from '@core/api/return-codes'
import { listRegions } from '@/features/citizen/citizen-api'
import type { Region } from '@core/api/contract/citizen'
import type { RegionChoice } from './form-model'

interface Step extends Region {
  /** Entered automatically because it was the only entry. */
  auto: boolean
}

const cache = new Map<string, Region[]>()

async function children(parent?: string): Promise<Region[] | null> {
  const key = parent ?? ''
  const hit = cache.get(key)
  if (hit) return hit
  const r = await listRegions(parent)
  if (r.code !== ReturnCode.OK || !r.data) return null
  cache.set(key, r.data.regions)
  return r.data.regions
}

/** GB/T 2260: a code not ending in 00 is county level (区、县、县级市). */
export const isCounty = (code: string) => !code.endsWith('00')

/** "上海市 › 黄浦区": 市辖区 and the like add nothing for a reader. */
export function regionLabel(names: string[]): string {
  return names.filter((n) => n !== '市辖区').join(' › ')
}

export function useRegionPicker(onPick: (choice: RegionChoice) => void) {
  const [open, setOpen] = useState(false)
  const [path, setPath] = useState<Step[]>([])
  const [options, setOptions] = useState<Region[]>([])
  const [loading, setLoading] = useState(false)
  const [failed, setFailed] = useState(false)

  const finish = (steps: Step[]) => {
    setOpen(false)
    onPick({ code: steps[steps.length - 1].code, names: steps.map((s) => s.name) })
  }

  const show = async (steps: Step[]): Promise<void> => {
    setLoading(true)
    setFailed(false)
    const list = await children(steps[steps.length - 1]?.code)
    setLoading(false)
    if (!list) return setFailed(true)
    if (steps.length > 0 && list.length === 0) return finish(steps)
    if (steps.length > 0 && list.length === 1) return list[0] && isCounty(list[0].code) ? finish([...steps, { ...list[0], auto: true }]) : show([...steps, { ...list[0], auto: true }])
    setPath(steps)
    setOptions(list)
  }

  return {
    open, path, options, loading, failed,
    start: () => {
      setOpen(true)
      void show([])
    },
    choose: (r: Region) => {
      const next = [...path, { ...r, auto: false }]
      if (isCounty(r.code)) finish(next)
      else void show(next)
    },
    /** Back one level the user chose (levels stepped through automatically go too). */
    up: () => {
      const steps = path.slice(0, -1)
      while (steps.length && steps[steps.length - 1].auto) steps.pop()
      void show(steps)
    },
    retry: () => void show(path),
    close: () => setOpen(false)
  }
}
