// A page's chunk that could not load is recognised, whether its script or its style sheet failed, and
// whether the failure shows as the element's error or as an unhandled ChunkLoadError.
import { isChunkElement, isChunkLoadError, watchChunkFailures } from './chunk-failure'

const origin = 'http://127.0.0.1:4000'

test('webpack\'s and mini-css-extract\'s load errors are chunk failures; other rejections are not', () => {
  const script = Object.assign(new Error('Loading chunk 246 failed.\n(error: http://127.0.0.1/js/246.ec3137c0.js)'), { name: 'ChunkLoadError', type: 'error' })
  const style = Object.assign(new Error('Loading CSS chunk 246 failed.'), { code: 'CSS_CHUNK_LOAD_FAILED' })
  expect(isChunkLoadError(script)).toBe(true)
  expect(isChunkLoadError(style)).toBe(true)
  expect(isChunkLoadError(new TypeError('Failed to fetch'))).toBe(false)
  expect(isChunkLoadError(undefined)).toBe(false)
  expect(isChunkLoadError('ChunkLoadError')).toBe(false)
})

test('only this build\'s chunk scripts and style sheets count, not images or other sites', () => {
  expect(isChunkElement({ tagName: 'SCRIPT', src: `${origin}/js/246.ec3137c0.js` }, origin)).toBe(true)
  expect(isChunkElement({ tagName: 'LINK', rel: 'stylesheet', href: `${origin}/css/246.ec3137c051d9d2956f21.css` }, origin)).toBe(true)
  expect(isChunkElement({ tagName: 'LINK', rel: 'icon', href: `${origin}/css/246.ec3137c051d9d2956f21.css` }, origin)).toBe(false)
  expect(isChunkElement({ tagName: 'IMG', src: `${origin}/js/246.ec3137c0.js` }, origin)).toBe(false)
  expect(isChunkElement({ tagName: 'SCRIPT', src: 'https://elsewhere.example/js/246.ec3137c0.js' }, origin)).toBe(false)
  expect(isChunkElement({ tagName: 'SCRIPT', src: `${origin}/api/health-info` }, origin)).toBe(false)
  expect(isChunkElement(null, origin)).toBe(false)
  expect(isChunkElement(new EventTarget(), origin)).toBe(false)
})

function watched() {
  const target = Object.assign(new EventTarget(), { location: { origin } })
  const onFailure = jest.fn()
  const stop = watchChunkFailures(target as never, onFailure)
  return { target, onFailure, stop }
}

test('a failed chunk element is reported; a failed image is not', () => {
  const { target, onFailure, stop } = watched()
  const errorFrom = (el: object) => {
    const event = new Event('error')
    Object.defineProperty(event, 'target', { value: el })
    target.dispatchEvent(event)
  }
  errorFrom({ tagName: 'IMG', src: `${origin}/static/x.png` })
  expect(onFailure).not.toHaveBeenCalled()
  errorFrom({ tagName: 'SCRIPT', src: `${origin}/js/49.9ece235a.js` })
  expect(onFailure).toHaveBeenCalledTimes(1)
  stop()
  errorFrom({ tagName: 'SCRIPT', src: `${origin}/js/49.9ece235a.js` })
  expect(onFailure).toHaveBeenCalledTimes(1)
})

test('an unhandled ChunkLoadError is reported and marked handled; other rejections are left alone', () => {
  const { target, onFailure, stop } = watched()
  const rejection = (reason: unknown) => Object.assign(new Event('unhandledrejection', { cancelable: true }), { reason })

  const other = rejection(new Error('boom'))
  target.dispatchEvent(other)
  expect(onFailure).not.toHaveBeenCalled()
  expect(other.defaultPrevented).toBe(false)

  const chunk = rejection(Object.assign(new Error('Loading chunk 1 failed.'), { name: 'ChunkLoadError' }))
  target.dispatchEvent(chunk)
  expect(onFailure).toHaveBeenCalledTimes(1)
  expect(chunk.defaultPrevented).toBe(true)

  stop()
  target.dispatchEvent(rejection(Object.assign(new Error('x'), { name: 'ChunkLoadError' })))
  expect(onFailure).toHaveBeenCalledTimes(1)
})
