// Whether the host answered the last call. Mini-programs have no reliable "online" flag (and H5's
// navigator.onLine is only a hint), so the verifier learns it from its own calls: a scan decided
// while the last call failed with a network error is recorded as offline.
import { ReturnCode } from '@core/api/return-codes'

let reachable = true
const listeners = new Set<(r: boolean) => void>()

export function noteAnswer(code: number): void {
  const next = code !== ReturnCode.NETWORK
  if (next === reachable) return
  reachable = next
  listeners.forEach((fn) => fn(next))
}

export function isReachable(): boolean {
  return reachable
}

export function onReachability(fn: (r: boolean) => void): () => void {
  listeners.add(fn)
  return () => {
    listeners.delete(fn)
  }
}
