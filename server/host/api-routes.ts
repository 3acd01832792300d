// POST /api/<function>: runs the same main(event, context) a cloud platform runs. The context carries
// the Authorization header for the session check; the body is passed as the event, untouched.
// Served on node:http directly, ahead of fastify: every code refresh comes through here, and fastify's
// per-request machinery (hooks, content-type parsers, reply serialisation) cost about a quarter of it.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { randomUUID } from 'node:crypto'
import sjson from 'secure-json-parse'
import { ReturnCode, ERROR_NAMES } from '@core/api/return-codes'
import { localeFrom, returnMessage } from '@core/api/messages'
import type { HostContext } from '../runtime/identity'
import { logError, logInfo } from '../kernel/log'
import { isStoreUnavailable } from '../adapters/db/store-faults'
import { FUNCTIONS } from './function-registry'
import { answerBusy, NEVER_SHED, type LoadShedder } from './load-shedder'
import type { RequestObserver } from './metrics'

/** Functions that take files: a larger body limit, only on their own route. */
export const LARGE_BODY: Record<string, number> = { 'import-upload': 32 * 1024 * 1024, 'correction-request': 9 * 1024 * 1024, 'appeal-request': 9 * 1024 * 1024 }

type Handler = (req: IncomingMessage, res: ServerResponse) => void

class HttpRefusal { constructor(readonly status: number, readonly code: number) {} }

/** The worker's bound on calls held at once, and where answered and shed calls are counted (metrics.ts). */
export interface ApiLoad { shedder: LoadShedder; observer: RequestObserver }

/** A registered function's name, else "unknown": metric labels never carry what a caller made up. */
const functionLabel = (name: string) => (Object.prototype.hasOwnProperty.call(FUNCTIONS, name) ? name : 'unknown')

/**
 * `/api/...` POSTs are answered here; everything else (the app, public and dev pages) goes to `next`.
 * GET /api/time and /trust-list.json are among those, so the bound never touches them; past it a call is
 * answered 50302 before its body is read (load-shedder.ts).
 */
export function apiFirst(bodyLimit: number, trustProxy: boolean, next: Handler, load?: ApiLoad): Handler {
  return (req, res) => {
    if (req.method !== 'POST' || !req.url || !req.url.startsWith('/api/')) return next(req, res)
    if (!load) return void serve(req, res, bodyLimit, trustProxy)
    const label = functionLabel(req.url.split('?')[0].slice('/api/'.length))
    if (NEVER_SHED.has(label)) return void serve(req, res, bodyLimit, trustProxy, load.observer, label)
    if (!load.shedder.tryEnter()) {
      load.observer.shed(label)
      return answerBusy(req, res, load.shedder.retryAfterSeconds)
    }
    const leave = () => load.shedder.leave()
    serve(req, res, bodyLimit, trustProxy, load.observer, label).then(leave, e => { leave(); logError('api', e) })
  }
}

async function serve(req: IncomingMessage, res: ServerResponse, bodyLimit: number, trustProxy: boolean, observer?: RequestObserver, label = ''): Promise<void> {
  const started = performance.now()
  const path = req.url!.split('?')[0]
  const name = path.slice('/api/'.length)
  const lang = req.headers['accept-language']
  let status = 200
  let payload: { code: number; retryAfter?: number }
  try {
    const fn = Object.prototype.hasOwnProperty.call(FUNCTIONS, name) ? FUNCTIONS[name] : undefined
    const body = await readJson(req, LARGE_BODY[name] ?? bodyLimit)
    if (!fn) throw new HttpRefusal(404, ReturnCode.UNKNOWN_FUNCTION)
    if (body !== undefined && body !== null && (typeof body !== 'object' || Array.isArray(body))) throw new HttpRefusal(400, ReturnCode.INVALID_INPUT)
    const context: HostContext = {
      via: 'host',
      authorization: req.headers.authorization,
      platform: req.headers['x-client-platform'] === 'alipay' ? 'alipay' : 'h5',
      ip: clientIp(req, trustProxy),
      locale: lang,
      requestId: randomUUID()
    }
    payload = await fn(body ?? {}, context)
  } catch (e) {
    if (!(e instanceof HttpRefusal)) logError('api', e)
    const busy = isStoreUnavailable(e)
    const refusal = e instanceof HttpRefusal ? e : new HttpRefusal(busy ? 503 : 500, busy ? ReturnCode.BUSY : ReturnCode.INTERNAL)
    status = refusal.status
    payload = { code: refusal.code, error: ERROR_NAMES[refusal.code], message: returnMessage(refusal.code, localeFrom(lang)), ...(busy ? { retryAfter: e.retryAfterSeconds } : {}) } as { code: number }
  }
  // 50302 is retryable: 503, with the wait also in Retry-After for proxies and HTTP clients.
  if (payload.code === ReturnCode.BUSY) status = 503
  const text = JSON.stringify(payload)
  if (!res.headersSent) {
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(text),
      // JSON answers are never rendered as documents (no CSP needed) and must never be cached.
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-store',
      ...(payload.retryAfter ? { 'retry-after': String(payload.retryAfter) } : {})
    })
    res.end(text)
  }
  // Paths only: no query strings, bodies or headers, so no personal data reaches the log.
  logInfo('request', { method: 'POST', path, status, ms: Math.round(performance.now() - started), code: payload.code })
  observer?.answered(label, payload.code, (performance.now() - started) / 1000)
}

/** The body as JSON, or undefined when there is none; refusals as fastify gave them (413, 415, 400). */
function readJson(req: IncomingMessage, limit: number): Promise<unknown> {
  const declared = Number(req.headers['content-length'] ?? NaN)
  if (declared > limit) return drained(req, new HttpRefusal(413, ReturnCode.PAYLOAD_TOO_LARGE))
  if (declared === 0 || (Number.isNaN(declared) && req.headers['transfer-encoding'] === undefined)) return drained(req, undefined)
  if (!/^application\/json\s*(;|$)/i.test(req.headers['content-type'] ?? '')) return drained(req, new HttpRefusal(415, ReturnCode.INVALID_INPUT))
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        req.removeAllListeners('data')
        req.resume()
        reject(new HttpRefusal(413, ReturnCode.PAYLOAD_TOO_LARGE))
      } else chunks.push(chunk)
    })
    req.on('error', reject)
    req.on('end', () => {
      if (size > limit) return
      try {
        const text = chunks.length === 1 ? chunks[0].toString('utf8') : Buffer.concat(chunks).toString('utf8')
        // Like fastify: a __proto__ or constructor.prototype key is refused, not parsed into an object.
        resolve(sjson.parse(text, undefined, { protoAction: 'error', constructorAction: 'error' }))
      } catch {
        reject(new HttpRefusal(400, ReturnCode.INVALID_INPUT))
      }
    })
  })
}

/** The body is not wanted: discard it (the connection stays usable) and answer at once. */
function drained(req: IncomingMessage, outcome: unknown): Promise<unknown> {
  req.resume()
  return outcome instanceof HttpRefusal ? Promise.reject(outcome) : Promise.resolve(outcome)
}

function clientIp(req: IncomingMessage, trustProxy: boolean): string {
  const forwarded = trustProxy ? req.headers['x-forwarded-for'] : undefined
  const first = typeof forwarded === 'string' ? forwarded.split(',')[0].trim() : ''
  return first || req.socket.remoteAddress || ''
}
