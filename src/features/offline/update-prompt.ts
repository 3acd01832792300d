// "A new version is available — reload", and nothing happens to an open page until the user agrees.
// The new service worker waits (it never calls skipWaiting on its own); when the user taps the banner,
// this page asks it to take over and reloads once it controls the page, so the new build's chunks and the
// new index.html arrive together. A page that did not ask (another tab of the app) but whose worker was
// replaced anyway shows the banner too: its next chunk may belong to the old build.

/** The part of workbox-window's Workbox used here (a stand-in in the tests). */
export interface WorkerHandle {
  addEventListener(type: 'waiting' | 'controlling', listener: (event: { isUpdate?: boolean }) => void): void
  messageSkipWaiting(): void
}

export interface UpdatePrompt {
  /** Whether to show the banner. */
  readonly available: boolean
  /** The banner's listener: called with `available` whenever it changes. Returns the way to stop. */
  subscribe(listener: (available: boolean) => void): () => void
  /** The user agreed: let the waiting worker take over, then reload. */
  accept(): void
}

/** If the new worker never takes over (it failed), reload anyway after this long: the old build is fine. */
export const TAKE_OVER_TIMEOUT_MS = 5000

export function createUpdatePrompt(worker: WorkerHandle, reloadPage: () => void, timers: Pick<typeof globalThis, 'setTimeout'> = globalThis): UpdatePrompt {
  let reloaded = false
  const reload = () => {
    if (reloaded) return
    reloaded = true
    reloadPage()
  }
  let available = false
  let waiting = false
  let accepted = false
  const listeners = new Set<(available: boolean) => void>()
  const show = () => {
    if (available) return
    available = true
    for (const l of [...listeners]) l(true)
  }
  worker.addEventListener('waiting', () => {
    waiting = true
    show()
  })
  worker.addEventListener('controlling', (event) => {
    waiting = false
    if (accepted) reload()
    // The first worker taking over a fresh page is no update; a replaced one is.
    else if (event.isUpdate) show()
  })
  return {
    get available() { return available },
    subscribe(listener) {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
    accept() {
      if (accepted) return
      accepted = true
      if (!waiting) return reload()
      worker.messageSkipWaiting()
      timers.setTimeout(reload, TAKE_OVER_TIMEOUT_MS)
    }
  }
}
