// The home page's shortcuts to relatives' codes this phone holds: read from storage (no network), so a
// grandson at a door reaches his grandmother's code as fast as his own. Re-read whenever the page shows.
import { useState } from 'react'
import { useDidShow } from '@tarojs/taro'
import { listHeld, type HeldEntry } from './held-store'

export function useHeldShortcuts(accountId: string | null): HeldEntry[] {
  const [held, setHeld] = useState<HeldEntry[]>(() => (accountId ? listHeld(accountId) : []))
  useDidShow(() => setHeld(accountId ? listHeld(accountId) : []))
  return held
}
