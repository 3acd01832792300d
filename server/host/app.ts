// The host: one fastify app serving the H5 build and every cloud function at POST /api/<name>.
import Fastify, { FastifyInstance } from 'fastify'
import fastifyStatic from '@fastify/static'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { Container } from '../runtime/container'
import { logInfo } from '../runtime/log'
import { addApiRoutes, requestIdFactory } from './api-routes'
import { addDevPages } from './dev-pages'
import { addSecurityHeaders } from './security-headers'
import { addPublicRoutes } from './public-routes'

export async function buildApp(c: Container): Promise<FastifyInstance> {
  const app = Fastify({
    logger: false,
    bodyLimit: c.config.bodyLimitBytes,
    genReqId: requestIdFactory,
    trustProxy: process.env.TRUST_PROXY === '1'
  })
  addSecurityHeaders(app)
  app.addHook('onResponse', async (req, reply) => {
    // Paths only: no query strings, bodies or headers, so no personal data reaches the log.
    const path = req.url.split('?')[0]
    if (path.startsWith('/api/') || reply.statusCode >= 400) {
      logInfo('request', { method: req.method, path, status: reply.statusCode, ms: Math.round(reply.elapsedTime), code: (reply as unknown as { fnCode?: number }).fnCode })
    }
  })
  addApiRoutes(app)
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
