// Probes for the orchestrator. /healthz: the process lives (restart it when this fails). /readyz: it can
// serve now (send it traffic only while this is 200): the store answers `select 1` within READY_TIMEOUT_MS,
// the keys are in memory, and the worker is not shedding. The answer names failed checks, nothing else.
// /metrics is never served on the public port (only on METRICS_HOST:METRICS_PORT, metrics-server.ts):
// without this route the H5 fallback would answer it with index.html.
import type { FastifyInstance } from 'fastify'
import type { HostProbes } from '../runtime/host-probes'
import type { LoadShedder } from './load-shedder'
import { withTimeout } from './metrics'

export type ReadinessCheck = 'store' | 'keys' | 'load'

export async function readiness(probes: HostProbes, shedder: LoadShedder, timeoutMs: number): Promise<ReadinessCheck[]> {
  const failed: ReadinessCheck[] = []
  if (!(await withTimeout(probes.store.ping(), timeoutMs).then(() => true, () => false))) failed.push('store')
  if (!probes.keysLoaded()) failed.push('keys')
  if (shedder.saturated) failed.push('load')
  return failed
}

export function addHealthRoutes(app: FastifyInstance, probes: HostProbes, shedder: LoadShedder, timeoutMs: number): void {
  app.get('/healthz', async () => ({ ok: true }))
  // One ping at a time: probes arriving while the store is slow share it instead of piling up.
  let pending: Promise<ReadinessCheck[]> | null = null
  app.get('/readyz', async (_req, reply) => {
    pending ??= readiness(probes, shedder, timeoutMs).finally(() => { pending = null })
    const failed = await pending
    reply.header('cache-control', 'no-store')
    if (failed.length === 0) return { ready: true }
    return reply.status(503).send({ ready: false, failed })
  })
  app.get('/metrics', async (_req, reply) => reply.status(404).send({ code: 40401, error: 'not_found', message: 'Not found' }))
}
