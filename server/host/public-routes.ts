// Public, read-only documents anyone may fetch: the trust list verifiers sync and the server time
// that phones use to correct their clocks.
import type { FastifyInstance } from 'fastify'
import type { Container } from '../runtime/container'
import { currentTrustList } from '../usecases/credential/trust-list'
import { useCasesOf } from '../runtime/use-cases'

export function addPublicRoutes(app: FastifyInstance, c: Container): void {
  app.get('/api/time', async () => ({ serverTime: c.clock.now() }))
  app.get('/trust-list.json', async (_req, reply) => {
    reply.header('Cache-Control', 'public, max-age=60')
    return currentTrustList(useCasesOf(c).verifier.trustList)
  })
}
