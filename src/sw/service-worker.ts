// The H5 app's service worker (InjectManifest compiles it to /sw.js: config/offline-shell.ts). It keeps the
// app shell and every citizen and main page, so a reload or a new tab opens with no network and shows the
// code the app stored; staff pages are kept the first time they are opened. It never stores an API answer.
//
// Updates wait for the user: a new worker installs beside the old one and waits until the page's banner
// ("有新版本，点击刷新") sends SKIP_WAITING; the page then reloads onto the new build. Nothing switches an
// open page to other chunks behind its back.
import { clientsClaim, setCacheNameDetails } from 'workbox-core'
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching'
import { registerRoute } from 'workbox-routing'
import { CacheFirst } from 'workbox-strategies'
import { CACHE_PREFIX, SKIP_WAITING, STAFF_CHUNK_CACHE, isAppNavigation, isBuildChunk, isChunkResponse } from './offline-routes'

// The DOM library this project compiles with has no worker scope; these are the parts used here.
interface WorkerScope {
  __WB_MANIFEST: Array<PrecacheEntry | string>
  location: Location
  skipWaiting(): Promise<void>
  addEventListener(type: 'message', listener: (event: { data?: { type?: string } }) => void): void
  addEventListener(type: 'activate', listener: (event: { waitUntil(p: Promise<unknown>): void }) => void): void
}
const worker = self as unknown as WorkerScope

setCacheNameDetails({ prefix: CACHE_PREFIX })

// The build writes the list of files here (the shell, the main and citizen pages' chunks), each with its
// revision; a file whose revision changed is fetched again when the new worker installs.
precacheAndRoute((self as unknown as WorkerScope).__WB_MANIFEST)
// Precaches of older Workbox versions, if any; this version's own entries are pruned on activation.
cleanupOutdatedCaches()

// A page load (reload, new tab, deep link) is answered with the stored index.html: the browser router
// then draws the page from the stored chunks. /api/, /dev/ and the host's documents are never matched.
registerRoute(
  ({ request, url }) => request.mode === 'navigate' && url.origin === worker.location.origin && isAppNavigation(url.pathname),
  createHandlerBoundToURL('/index.html')
)

// Staff pages' chunks (not precached: most phones never open them): stored when first loaded, so a verifier
// who opened the scan page once can open it again offline. Content-hashed, so a stored one never goes stale;
// a new build starts this cache afresh when it activates (below), so old builds' chunks do not pile up.
registerRoute(
  ({ url }) => url.origin === worker.location.origin && isBuildChunk(url.pathname),
  new CacheFirst({
    cacheName: STAFF_CHUNK_CACHE,
    plugins: [
      // Only real scripts and styles: a host answering a missing chunk with an HTML page must not be kept.
      { cacheWillUpdate: async ({ response }) => (isChunkResponse(response.status, response.headers.get('content-type')) ? response : null) }
    ]
  })
)

worker.addEventListener('activate', (event) => {
  event.waitUntil(caches.delete(STAFF_CHUNK_CACHE))
})

worker.addEventListener('message', (event) => {
  // Sent only after the user tapped the update banner; the page reloads once this worker controls it.
  if (event.data?.type === SKIP_WAITING) void worker.skipWaiting()
})

// Safe here, because activation itself never happens behind the user's back: the first worker has no
// predecessor (claiming lets the first visit already work offline), and a later one activates only after
// SKIP_WAITING or once every page of the old build is closed.
clientsClaim()
