// The app-wide "busy, retrying" signal: on while any call waits to retry a 50302, off when the last one
// has its answer (or gave up). The gateway sets it (busy-retry.ts); the page shells show it
// (features/service-status, components/busy-status). No Taro: plain listeners.

type Listener = (retrying: boolean) => void

let waiting = 0
const listeners = new Set<Listener>()

export function isRetryingBusy(): boolean {
  return waiting > 0
}

/** Calls `fn` with true when retrying starts and false when it ends; returns the unsubscribe. */
export function onBusyRetrying(fn: Listener): () => void {
  listeners.add(fn)
  return () => { listeners.delete(fn) }
}

export function busyRetryBegan(): void {
  if (waiting++ === 0) emit(true)
}

export function busyRetryEnded(): void {
  if (waiting === 0) return
  if (--waiting === 0) emit(false)
}

function emit(retrying: boolean): void {
  for (const fn of [...listeners]) fn(retrying)
}
