// Development-only pages. /dev/otp shows the latest one-time codes (phone numbers masked), so a newcomer
// can sign in without an SMS gateway. /dev/sqlite-max-pages reads or sets SQLite's cap on the store's size
// (SQLITE_MAX_PAGE_COUNT) on the worker that answers, to rehearse a full disk and its recovery without
// filling one. The routes do not exist when NODE_ENV=production.
import type { FastifyInstance, FastifyReply } from 'fastify'
import { ERROR_NAMES, ReturnCode } from '@core/api/return-codes'
import type { Container } from '../runtime/container'
import { engineOf } from '../adapters/db/dialect'
import { setSqliteMaxPageCount } from '../adapters/db/database'

const escape = (s: string) => s.replace(/[&<>"']/g, ch => `&#${ch.charCodeAt(0)};`)

export function addDevPages(app: FastifyInstance, c: Container): void {
  if (c.config.env === 'production') return
  app.get('/dev/otp', async (_req, reply) => {
    const rows = (c.sms.recent?.(20) ?? []).map(e =>
      `<tr><td>${escape(e.phoneMasked)}</td><td class="code">${escape(e.code)}</td><td>${new Date(e.at).toLocaleTimeString('zh-CN', { hour12: false })}</td></tr>`).join('')
    reply.type('text/html; charset=utf-8').send(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>开发用验证码 / Dev one-time codes</title>
<meta name="viewport" content="width=device-width,initial-scale=1"></head><body>
<h1>开发用验证码 / Development one-time codes</h1><p>仅开发环境可见。Only in development; production sends real SMS.</p>
<table border="1" cellpadding="6"><thead><tr><th>手机号 Phone</th><th>验证码 Code</th><th>时间 Time</th></tr></thead><tbody>${rows}</tbody></table>
</body></html>`)
  })
  const refuse = (reply: FastifyReply, status: number, code: number, message: string) => reply.status(status).send({ code, error: ERROR_NAMES[code], message })
  const sqliteOnly = (reply: FastifyReply) => refuse(reply, 404, ReturnCode.NOT_FOUND, 'SQLite only')
  app.get('/dev/sqlite-max-pages', async (_req, reply) => engineOf(c.db) === 'sqlite' ? setSqliteMaxPageCount(c.db, null) : sqliteOnly(reply))
  app.post('/dev/sqlite-max-pages', async (req, reply) => {
    if (engineOf(c.db) !== 'sqlite') return sqliteOnly(reply)
    const pages = (req.body as { pages?: unknown } | undefined)?.pages
    if (typeof pages !== 'number' || !Number.isInteger(pages) || pages < 1) return refuse(reply, 400, ReturnCode.INVALID_INPUT, 'pages: a whole number, at least 1')
    return setSqliteMaxPageCount(c.db, pages)
  })
}
