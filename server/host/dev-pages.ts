// Development-only pages. /dev/otp shows the latest one-time codes (phone numbers masked), so a newcomer
// can sign in without an SMS gateway. The route does not exist when NODE_ENV=production.
import type { FastifyInstance } from 'fastify'
import type { Container } from '../runtime/container'

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
}
