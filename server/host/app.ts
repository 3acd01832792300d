// The host: every cloud function at POST /api/<name> (api-routes, on node:http) and one fastify app for
// the rest: the H5 build, the public lists, health and dev pages. Metrics have a listener of their own
// (metrics-server.ts), started by main.ts.
import { createServer } from 'node:http'
import Fastify, { FastifyInstance } from 'fastify'
import fastifyStatic from '@fastify/static'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { Container } from '../runtime/container'
import { ERROR_NAMES, ReturnCode } from '@core/api/return-codes'
import { localeFrom, returnMessage } from '@core/api/messages'
import { logInfo } from '../kernel/log'
import { apiFirst } from './api-routes'
import { addDevPages } from './dev-pages'
import { addSecurityHeaders } from './security-headers'
import { addPublicRoutes } from './public-routes'
import { addHealthRoutes } from './health-routes'
import { LoadShedder } from './load-shedder'
import { HostMetrics } from './metrics'
import { hostProbesOf, type HostProbes } from '../runtime/host-probes'

/** One worker's bound on calls held at once, its metrics, and what readiness and metrics read from the store. */
export interface HostMonitors { shedder: LoadShedder; metrics: HostMetrics; probes: HostProbes }

export function hostMonitorsOf(c: Container): HostMonitors {
  const shedder = new LoadShedder(c.config.load.maxInFlight, c.config.load.retryAfterSeconds)
  const probes = hostProbesOf(c)
  return { shedder, probes, metrics: new HostMetrics(shedder, probes, c.config.observability.readyTimeoutMs) }
}

export async function buildApp(c: Container, monitors: HostMonitors = hostMonitorsOf(c)): Promise<FastifyInstance> {
  const trustProxy = process.env.TRUST_PROXY === '1'
  const load = { shedder: monitors.shedder, observer: monitors.metrics }
  const app = Fastify({
    logger: false,
    bodyLimit: c.config.bodyLimitBytes,
    trustProxy,
    serverFactory: handler => createServer(apiFirst(c.config.bodyLimitBytes, trustProxy, handler, load))
  })
  addSecurityHeaders(app)
  app.addHook('onResponse', async (req, reply) => {
    // Paths only: no query strings, bodies or headers, so no personal data reaches the log.
    if (reply.statusCode >= 400) logInfo('request', { method: req.method, path: req.url.split('?')[0], status: reply.statusCode, ms: Math.round(reply.elapsedTime) })
  })
  app.setErrorHandler((err: Error & { statusCode?: number }, req, reply) => {
    const code = err.statusCode === 413 ? ReturnCode.PAYLOAD_TOO_LARGE : err.statusCode && err.statusCode < 500 ? ReturnCode.INVALID_INPUT : ReturnCode.INTERNAL
    return reply.status(err.statusCode && err.statusCode < 600 ? err.statusCode : 500).send({ code, error: ERROR_NAMES[code], message: returnMessage(code, localeFrom(req.headers['accept-language'])) })
  })
  addPublicRoutes(app, c)
  addDevPages(app, c)
  addHealthRoutes(app, monitors.probes, monitors.shedder, c.config.observability.readyTimeoutMs)

  const root = c.config.staticDir
  if (existsSync(join(root, 'index.html'))) {
    await app.register(fastifyStatic, { root, prefix: '/', wildcard: false, index: ['index.html'], cacheControl: false, setHeaders: revalidateShell })
    // The H5 app uses the browser router: unknown GET paths are app routes, so they get index.html. A missing
    // build file does not: a chunk answered with a page would be run, or kept by the service worker, as a script.
    app.setNotFoundHandler((req, reply) => {
      if (req.method === 'GET' && !req.url.startsWith('/api/') && !req.url.startsWith('/dev/') && !isBuildFile(req.url)) {
        return reply.type('text/html; charset=utf-8').sendFile('index.html')
      }
      return reply.status(404).send({ code: 40401, error: 'not_found', message: 'Not found' })
    })
  }
  return app
}

/**
 * The service worker script (/sw.js, scope /) and index.html are checked with the host on every load
 * (`no-cache`), so a new build reaches phones at their next visit; the content-hashed chunks need no header.
 */
function revalidateShell(res: { setHeader(name: string, value: string): void }, file: string): void {
  if (/(^|[\\/])(sw\.js|index\.html)$/.test(file)) res.setHeader('Cache-Control', 'no-cache')
}

const isBuildFile = (url: string): boolean => /^\/(js|css|static)\//.test(url) || /^\/sw\.js($|\?)/.test(url)
