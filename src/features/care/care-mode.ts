// 关怀模式 (care mode): larger text, high contrast and a home with only the code. The choice lives on the
// phone (Taro storage) so it holds after a restart, and every open page hears when it changes.
import Taro from '@tarojs/taro'
import { applyCareRoot } from './care-root'

const KEY = 'hc.care'
let current: boolean | null = null
const listeners = new Set<(on: boolean) => void>()

// Read lazily, never at module load: the mini-program globals smoke test loads every file before storage is ready.
export function isCareMode(): boolean {
  if (current !== null) return current
  try {
    current = Taro.getStorageSync(KEY) === 'on'
  } catch {
    current = false
  }
  return current
}

export function setCareMode(on: boolean): void {
  current = on
  try {
    Taro.setStorageSync(KEY, on ? 'on' : 'off')
  } catch {
    // not remembered; still switched for this run
  }
  applyCareRoot(on)
  listeners.forEach((fn) => fn(on))
}

export function onCareChange(fn: (on: boolean) => void): () => void {
  listeners.add(fn)
  return () => {
    listeners.delete(fn)
  }
}

/** At start-up: the saved choice reaches the root before the first page draws (H5; a no-op elsewhere). */
export function applySavedCareMode(): void {
  applyCareRoot(isCareMode())
}
