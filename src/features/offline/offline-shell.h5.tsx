// H5: the pages, plus what a browser tab needs to stay usable offline: the service worker (registered
// while signed in), the screen said when a page could not be loaded, and the new-version banner.
import { useEffect, type ReactNode } from 'react'
import OfflineNotice from '@/components/offline-notice'
import UpdateBanner from '@/components/update-banner'
import { backToCode } from './back-to-code'
import { useOfflineShell } from './use-offline-shell'

export function withOfflineShell(pages: ReactNode): ReactNode {
  // Before the pages, never after: Taro's router shows only the last child of its container and hides
  // every other page (its `:not(:last-child)` rule); both notices are fixed on top of the screen anyway.
  return (
    <>
      <OfflineShell />
      {pages}
    </>
  )
}

function OfflineShell() {
  const { unavailable, updateAvailable, acceptUpdate } = useOfflineShell()
  // The notice replaces the page the user asked for: the keyboard goes to its one action.
  useEffect(() => {
    if (unavailable) document.getElementById('unavailable-show-code')?.focus()
  }, [unavailable])
  return (
    <>
      {unavailable && <OfflineNotice fullPage onShowCode={backToCode} />}
      {updateAvailable && <UpdateBanner onReload={acceptUpdate} />}
    </>
  )
}
