// jest's jsdom has no TextEncoder; the test code itself (issuing fixtures with @noble/*) needs one.
// Import first. This is for the test's own Node-side code: what the app may use is checked by the
// WeChat-globals sandbox tests, which have no TextEncoder at all.
import { TextDecoder, TextEncoder } from 'node:util'

const g = globalThis as Record<string, unknown>
if (typeof g.TextEncoder === 'undefined') Object.assign(g, { TextEncoder, TextDecoder })
