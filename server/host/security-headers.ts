// Security headers for everything the host serves. The CSP allows only our own origin: no inline script,
// no third-party hosts; camera use is allowed for the verifier's scanner on our own origin only.
import type { FastifyInstance } from 'fastify'

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "connect-src 'self'",
  "font-src 'self' data:",
  // The H5 service worker (/sw.js), which keeps the app usable offline.
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
  "form-action 'self'"
].join('; ')

export function addSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (_req, reply, payload) => {
    reply.header('X-Content-Type-Options', 'nosniff')
    if (reply.request.url.startsWith('/api/')) {
      // JSON answers are never rendered as documents: no CSP needed, and they must never be cached.
      reply.header('Cache-Control', 'no-store')
      return payload
    }
    reply.header('Content-Security-Policy', CONTENT_SECURITY_POLICY)
    reply.header('X-Frame-Options', 'DENY')
    reply.header('Referrer-Policy', 'no-referrer')
    reply.header('Permissions-Policy', 'camera=(self), microphone=(), geolocation=()')
    reply.header('Cross-Origin-Opener-Policy', 'same-origin')
    reply.header('Cross-Origin-Resource-Policy', 'same-origin')
    return payload
  })
}
