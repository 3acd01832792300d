// POST /api/<function>: runs the same main(event, context) a cloud platform runs. The context carries
// the Authorization header for the session check; the body is passed as the event, untouched.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { randomUUID } from 'node:crypto'
import { ReturnCode, ERROR_NAMES } from '@core/api/return-codes'
import { localeFrom, returnMessage } from '@core/api/messages'
import type { HostContext } from '../runtime/identity'
import type { Platform } from '../runtime/actor'
import { FUNCTIONS } from './function-registry'

function platformOf(req: FastifyRequest): Platform {
  return req.headers['x-client-platform'] === 'alipay' ? 'alipay' : 'h5'
}

function failure(reply: FastifyReply, status: number, code: number, acceptLanguage?: string) {
  const locale = localeFrom(acceptLanguage)
  return reply.status(status).send({ code, error: ERROR_NAMES[code], message: returnMessage(code, locale) })
}

/** Functions that take files: a larger body limit, only on their own route. */
export const LARGE_BODY: Record<string, number> = { 'import-upload': 32 * 1024 * 1024, 'correction-request': 9 * 1024 * 1024, 'appeal-request': 9 * 1024 * 1024 }

export function addApiRoutes(app: FastifyInstance): void {
  for (const [name, bodyLimit] of Object.entries(LARGE_BODY)) {
    app.post<{ Params: { name: string } }>(`/api/${name}`, { bodyLimit }, (req, reply) => handle(req, reply, name))
  }
  app.post<{ Params: { name: string } }>('/api/:name', (req, reply) => handle(req, reply, req.params.name))

  async function handle(req: FastifyRequest, reply: FastifyReply, name: string) {
    const fn = Object.prototype.hasOwnProperty.call(FUNCTIONS, name) ? FUNCTIONS[name] : undefined
    if (!fn) return failure(reply, 404, ReturnCode.UNKNOWN_FUNCTION, req.headers['accept-language'])
    const body = req.body
    if (body !== undefined && body !== null && (typeof body !== 'object' || Array.isArray(body))) {
      return failure(reply, 400, ReturnCode.INVALID_INPUT, req.headers['accept-language'])
    }
    const context: HostContext = {
      via: 'host',
      authorization: req.headers.authorization,
      platform: platformOf(req),
      ip: req.ip,
      locale: req.headers['accept-language'],
      requestId: String(req.id)
    }
    const result = await fn(body ?? {}, context)
    ;(reply as FastifyReply & { fnCode?: number }).fnCode = result.code
    return reply.send(result)
  }

  app.setErrorHandler((err: Error & { statusCode?: number; code?: string }, req, reply) => {
    if (err.statusCode === 413 || err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return failure(reply, 413, ReturnCode.PAYLOAD_TOO_LARGE, req.headers['accept-language'])
    if (err.statusCode && err.statusCode < 500) return failure(reply, err.statusCode, ReturnCode.INVALID_INPUT, req.headers['accept-language'])
    return failure(reply, 500, ReturnCode.INTERNAL, req.headers['accept-language'])
  })
}

export const requestIdFactory = () => randomUUID()
