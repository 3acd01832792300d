// H5 only (offline-shell.h5.tsx): whether the page being opened could not be loaded. Set by a chunk that
// failed (chunk-failure.ts), cleared by the next route change (going back, or to the code). Listening
// starts when this module loads, before the router's first page, so a page opened by a reload is covered.
import Taro from '@tarojs/taro'
import { watchChunkFailures } from './chunk-failure'

let unavailable = false
const listeners = new Set<(unavailable: boolean) => void>()
const set = (next: boolean) => {
  if (next === unavailable) return
  unavailable = next
  for (const l of [...listeners]) l(next)
}

if (typeof window !== 'undefined') watchChunkFailures(window, () => set(true))

/** Taro's H5 router announces every route it starts to render (its own event; there is no public one). */
export const ROUTE_CHANGE = '__taroRouterChange'

export function onRouteChange(listener: () => void): () => void {
  Taro.eventCenter.on(ROUTE_CHANGE, listener)
  return () => void Taro.eventCenter.off(ROUTE_CHANGE, listener)
}

onRouteChange(() => set(false))

export const isPageUnavailable = (): boolean => unavailable

export function onPageUnavailable(listener: (unavailable: boolean) => void): () => void {
  listeners.add(listener)
  return () => void listeners.delete(listener)
}
