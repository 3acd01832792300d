// A page whose script or style chunk could not be fetched (no network, the host down, a chunk of an older
// build gone). Taro's H5 router loads every page with import(); when that fails, only the URL changes.
// The router (patched to render one route at a time) catches the rejection itself, so webpack's
// ChunkLoadError never reaches the window as an unhandled rejection; the failed <script> or <link>
// element's own error event does, in the capture phase (load errors do not bubble). Both are watched: the
// element for the router's pages, the rejection for any other import() left unhandled.
import { isBuildChunk } from '@/sw/offline-routes'

export function isChunkLoadError(reason: unknown): boolean {
  if (!reason || typeof reason !== 'object') return false
  const e = reason as { name?: unknown; code?: unknown }
  return e.name === 'ChunkLoadError' || e.code === 'CSS_CHUNK_LOAD_FAILED'
}

/** A <script> or style <link> of this build's chunks (same origin, /js/… or /css/…). */
export function isChunkElement(target: unknown, origin: string): boolean {
  const el = target as { tagName?: unknown; src?: unknown; href?: unknown; rel?: unknown } | null
  if (!el || typeof el.tagName !== 'string') return false
  const tag = el.tagName.toLowerCase()
  const address = tag === 'script' ? el.src : tag === 'link' && el.rel === 'stylesheet' ? el.href : null
  if (typeof address !== 'string' || !address) return false
  try {
    const url = new URL(address, origin)
    return url.origin === origin && isBuildChunk(url.pathname)
  } catch {
    return false
  }
}

type Target = Pick<Window, 'addEventListener' | 'removeEventListener'> & { location: { origin: string } }

/** Calls `onFailure` for each chunk that failed to load; returns the way to stop listening. */
export function watchChunkFailures(target: Target, onFailure: () => void): () => void {
  const failedElement = (event: Event) => {
    if (isChunkElement(event.target, target.location.origin)) onFailure()
  }
  const rejection = (event: PromiseRejectionEvent) => {
    if (!isChunkLoadError(event.reason)) return
    // Handled: said on the screen rather than only in the console.
    event.preventDefault()
    onFailure()
  }
  target.addEventListener('error', failedElement, { capture: true })
  target.addEventListener('unhandledrejection', rejection)
  return () => {
    target.removeEventListener('error', failedElement, { capture: true })
    target.removeEventListener('unhandledrejection', rejection)
  }
}
