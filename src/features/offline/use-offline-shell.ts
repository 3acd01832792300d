// H5 only (offline-shell.h5.tsx): the app-wide side of offline use. Registers the service worker while
// someone is signed in (at launch, and after each route change, which covers signing in), says when a
// page could not be loaded, and offers a new version once one is waiting.
import { useEffect, useState } from 'react'
import type { UpdatePrompt } from './update-prompt'
import { isPageUnavailable, onPageUnavailable, onRouteChange } from './page-unavailable'
import { onShellWorker, startShellWorker } from './shell-worker'

export function useOfflineShell() {
  const [unavailable, setUnavailable] = useState(isPageUnavailable)
  const [prompt, setPrompt] = useState<UpdatePrompt | null>(null)
  const [updateAvailable, setUpdateAvailable] = useState(false)

  useEffect(() => {
    startShellWorker()
    const stops = [onPageUnavailable(setUnavailable), onRouteChange(startShellWorker), onShellWorker(setPrompt)]
    return () => stops.forEach((stop) => stop())
  }, [])

  useEffect(() => {
    if (!prompt) return
    setUpdateAvailable(prompt.available)
    return prompt.subscribe(setUpdateAvailable)
  }, [prompt])

  return { unavailable, updateAvailable, acceptUpdate: () => prompt?.accept() }
}
