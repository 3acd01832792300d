// The host: every cloud function at POST /api/<name> (api-routes, on node:http) and one fastify app for
// the rest: the H5 build, the public lists, health and dev pages.
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

export async function buildApp(c: Container): Promise<FastifyInstance> {
  const trustProxy = process.env.TRUST_PROXY === '1'
  const app = Fastify({
    logger: false,
    bodyLimit: c.config.bodyLimitBytes,
    trustProxy,
    serverFactory: handler => createServer(apiFirst(c.config.bodyLimitBytes, trustProxy, handler))
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
  app.get('/healthz', async () => ({ ok: true }))

  const root = c.config.staticDir
  if (existsSync(join(root, 'index.html'))) {
    await app.register(fastifyStatic, { root, prefix: '/', wildcard: false, index: ['index.html'], cacheControl: false })
    // The H5 app uses the browser router: unknown GET paths are app routes, so they get index.html.
    app.setNotFoundHandler((req, reply) => {
      if (req.method === 'GET' && !req.url.startsWith('/api/') && !req.url.startsWith('/dev/')) {
        return reply.type('text/html; charset=utf-8').sendFile('index.html')
      }
      return reply.status(404).send({ code: 40401, error: 'not_found', message: 'Not found' })
    })
  }
  return app
}
