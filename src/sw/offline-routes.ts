// What the H5 service worker answers, and what it never touches. Pure, so the rules are tested without a
// browser (offline-routes.test.ts) and read the same in the worker and in the build's config.

/** Every Cache Storage name the worker makes starts with this, so the app's stores are plain to see in the browser. */
export const CACHE_PREFIX = 'hc'

/** Runtime cache for the staff pages' script and style chunks: kept out of the precache, stored once opened. */
export const STAFF_CHUNK_CACHE = `${CACHE_PREFIX}-staff-chunks`

/**
 * Never answered by the worker, never stored: cloud-function answers carry personal data and must always
 * be fresh (the host marks them no-store); /dev/ is the development pages; the trust list and the clock
 * are fetched by the app into its own storage, which is what verifies offline.
 */
export const NEVER_CACHED: readonly RegExp[] = [/^\/api\//, /^\/dev\//, /^\/trust-list\.json$/, /^\/healthz$/, /^\/metrics$/]

const APP_ROUTES: readonly RegExp[] = [/^\/$/, /^\/index\.html$/, /^\/pages\//, /^\/packages\//]

export const isNeverCached = (pathname: string): boolean => NEVER_CACHED.some((r) => r.test(pathname))

/**
 * A page load of the app (the browser router's paths): answered with the precached index.html, so a reload
 * or a new tab opens with no network. Anything else the host serves at the top level goes to the network.
 */
export function isAppNavigation(pathname: string): boolean {
  return !isNeverCached(pathname) && APP_ROUTES.some((r) => r.test(pathname))
}

/** A content-hashed script or style chunk of the H5 build (js/[name].[chunkhash:8].js, css/...): safe to keep. */
export function isBuildChunk(pathname: string): boolean {
  return !isNeverCached(pathname) && /^\/(js\/[\w.-]+\.js|css\/[\w.-]+\.css)$/.test(pathname)
}

/** The message a page sends to a waiting worker once the user agreed to reload (workbox-window's own). */
export const SKIP_WAITING = 'SKIP_WAITING'

/** Whether a runtime-fetched chunk may be kept: a 200 answer that really is a script or a style sheet. */
export function isChunkResponse(status: number, contentType: string | null): boolean {
  return status === 200 && /^(application|text)\/(javascript|css)\b/.test(contentType ?? '')
}
