// H5 only (used by offline-shell.h5.tsx and offline-purge.h5.ts): registers /sw.js, the worker that keeps
// the app for offline use (src/sw/service-worker.ts), while someone is signed in, and holds the page's
// update prompt. Log-out unregisters it (offline-purge.h5.ts); the next sign-in registers it again.
import { Workbox } from 'workbox-window'
import { loadSession } from '@/services/session'
import { createUpdatePrompt, type UpdatePrompt } from './update-prompt'

export const WORKER_URL = '/sw.js'
/** A code page can stay open for days: look for a new build now and then, not only on page loads. */
export const UPDATE_CHECK_MS = 30 * 60 * 1000

let current: { prompt: UpdatePrompt; stop: () => void } | null = null
const waitingForPrompt = new Set<(prompt: UpdatePrompt) => void>()

const supported = () => typeof navigator !== 'undefined' && 'serviceWorker' in navigator

/**
 * Registers the worker once per page while signed in (cheap to call on every route change). Offline, an
 * earlier registration stays in force: the browser does not need the script to open the app.
 */
export function startShellWorker(): void {
  if (current || !supported() || !loadSession()) return
  const wb = new Workbox(WORKER_URL, { scope: '/' })
  const prompt = createUpdatePrompt(wb, () => window.location.reload())
  const timer = setInterval(() => void wb.update().catch(() => undefined), UPDATE_CHECK_MS)
  current = { prompt, stop: () => clearInterval(timer) }
  wb.register().catch(() => undefined)
  for (const l of [...waitingForPrompt]) l(prompt)
}

/** The update prompt of this page's worker, now or once it is registered. Returns the way to stop. */
export function onShellWorker(listener: (prompt: UpdatePrompt) => void): () => void {
  if (current) listener(current.prompt)
  waitingForPrompt.add(listener)
  return () => void waitingForPrompt.delete(listener)
}

/** After log-out: the registration is gone, so the next sign-in starts a new one. */
export function forgetShellWorker(): void {
  current?.stop()
  current = null
}
