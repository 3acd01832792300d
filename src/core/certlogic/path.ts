// Data access for `var`: drill into objects and arrays; anything missing or undrillable is null.
import { CertLogicDateTime } from './dates'

const hasOwn = Object.prototype.hasOwnProperty

export interface PathStep {
  key: string
  /** Array index if the fragment is an integer, else -1 (then arrays yield null). */
  index: number
  /** Key could reach more than own data ("constructor", "__proto__", a date-time's members): check. */
  guarded: boolean
}

export function isValidPath(path: string): boolean {
  return path === '' || path.split('.').every((f) => f.length > 0)
}

export function parsePath(path: string): PathStep[] {
  if (path === '') return []
  return path.split('.').map((key) => ({
    key,
    index: /^[0-9]+$/.test(key) ? Number(key) : -1,
    guarded: key in Object.prototype || key in CertLogicDateTime.prototype || key === 'epochMs'
  }))
}

export function step(cur: unknown, s: PathStep): unknown {
  if (typeof cur !== 'object' || cur === null) return null
  let v: unknown
  if (Array.isArray(cur)) {
    if (s.index < 0) return null
    v = cur[s.index]
  } else {
    // Only guarded keys can reach past own data, so the common path skips both checks.
    if (s.guarded && (cur instanceof CertLogicDateTime || !hasOwn.call(cur, s.key))) return null
    v = (cur as Record<string, unknown>)[s.key]
  }
  return v === undefined ? null : v
}

export function access(data: unknown, steps: readonly PathStep[]): unknown {
  let cur: unknown = data === undefined ? null : data
  for (let i = 0; i < steps.length; i++) {
    cur = step(cur, steps[i])
    if (cur === null) return null
  }
  return cur
}
