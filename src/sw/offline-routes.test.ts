// What the service worker answers from its stores, and what always goes to the network.
import { isAppNavigation, isBuildChunk, isChunkResponse, isNeverCached } from './offline-routes'

test('page loads of the app are answered with the stored index.html', () => {
  for (const path of ['/', '/index.html', '/pages/index/index', '/pages/me/index', '/packages/citizen/pages/history/index', '/packages/staff/pages/scan/index']) {
    expect(isAppNavigation(path)).toBe(true)
  }
})

test('API answers, development pages and the host documents are never taken from or put in a cache', () => {
  for (const path of ['/api/health-info', '/api/time', '/dev/otp', '/trust-list.json', '/healthz', '/metrics']) {
    expect(isNeverCached(path)).toBe(true)
    expect(isAppNavigation(path)).toBe(false)
    expect(isBuildChunk(path)).toBe(false)
  }
  // Not even something that merely looks like a chunk under /api/.
  expect(isBuildChunk('/api/js/1.abcdef12.js')).toBe(false)
})

test('only the build\'s own script and style chunks are kept at run time', () => {
  expect(isBuildChunk('/js/683.fe9ef53d.js')).toBe(true)
  expect(isBuildChunk('/css/683.fe9ef53d0bb1c6f2e9a1.css')).toBe(true)
  expect(isBuildChunk('/sw.js')).toBe(false)
  expect(isBuildChunk('/js/nested/1.js')).toBe(false)
  expect(isBuildChunk('/js/683.fe9ef53d.js.LICENSE.txt')).toBe(false)
})

test('a chunk answered with a page (a host\'s fallback for a missing file) or an error is not kept', () => {
  expect(isChunkResponse(200, 'application/javascript; charset=UTF-8')).toBe(true)
  expect(isChunkResponse(200, 'text/css; charset=UTF-8')).toBe(true)
  expect(isChunkResponse(200, 'text/html; charset=utf-8')).toBe(false)
  expect(isChunkResponse(404, 'application/javascript')).toBe(false)
  expect(isChunkResponse(200, null)).toBe(false)
})
