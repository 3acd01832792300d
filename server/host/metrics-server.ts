// The metrics listener: GET /metrics in Prometheus text on METRICS_HOST:METRICS_PORT (127.0.0.1:9464 by
// default), a port of its own so the public port never serves it. One scrape covers the whole host: with
// node:cluster workers the primary listens and asks every worker for its registry over the cluster's IPC
// (prom-client's AggregatorRegistry); a single-process host listens itself.
import { createServer, type Server } from 'node:http'
import { AggregatorRegistry, type Registry } from 'prom-client'
import { logError, logInfo } from '../kernel/log'

export interface MetricsSource {
  contentType: string
  metrics(): Promise<string>
}

/**
 * Listens for scrapes; null when METRICS_PORT is 0. A port already taken is logged and the host goes on
 * serving without metrics: citizens come before dashboards.
 */
export function serveMetrics(source: MetricsSource, host: string, port: number): Promise<Server | null> {
  if (port === 0) return Promise.resolve(null)
  const server = createServer((req, res) => {
    if (req.method !== 'GET' || req.url?.split('?')[0] !== '/metrics') {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found\n')
      return
    }
    source.metrics().then(
      text => { res.writeHead(200, { 'content-type': source.contentType, 'cache-control': 'no-store' }).end(text) },
      e => {
        logError('metrics', e)
        res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' }).end('metrics unavailable\n')
      }
    )
  })
  return new Promise(resolve => {
    server.once('error', e => { logError('metrics listener', e); resolve(null) })
    server.listen(port, host, () => {
      logInfo('metrics', { host, port })
      resolve(server)
    })
  })
}

/** In the primary: one registry made of every worker's, summed or not as each family's aggregator says. */
export function clusterMetrics(): MetricsSource {
  const aggregator = new AggregatorRegistry()
  return { contentType: aggregator.contentType, metrics: () => aggregator.clusterMetrics() }
}

/**
 * In a cluster worker: answer the primary's requests with these registries. Called with none as the worker
 * starts (the primary asks every connected worker, and one that never answers fails the whole scrape), then
 * with its registry once it serves.
 */
export function answerPrimaryScrapes(registries: Registry[]): void {
  AggregatorRegistry.setRegistries(registries)
  // Constructing one is what makes prom-client listen for the primary's requests in a worker (once).
  new AggregatorRegistry()
}

export function localMetrics(registry: Registry): MetricsSource {
  return { contentType: registry.contentType, metrics: () => registry.metrics() }
}
