// `npm start`: prepares keys and the store once in the primary process, then runs one worker per core
// (WORKERS to change), each serving the H5 app and every cloud function on the same port.
import cluster from 'node:cluster'
import { createWriteStream } from 'node:fs'
import { loadConfig } from '../runtime/config'
import { bootstrap } from '../runtime/bootstrap'
import { createContainer, setContainer } from '../runtime/container'
import { DEMO_ACCOUNTS } from '../runtime/demo-seed'
import { batchedSink, flushLog, setLogSink } from '../kernel/log'
import { buildApp, hostMonitorsOf } from './app'
import { answerPrimaryScrapes, clusterMetrics, localMetrics, serveMetrics } from './metrics-server'
import { AuditCheckpointer } from '../usecases/audit-log/checkpoints'
import { watchKeys } from '../runtime/key-reload'
import { scheduleLeaseOf, scheduleWork } from '../runtime/maintenance'

async function startWorker() {
  if (cluster.isWorker) answerPrimaryScrapes([])
  const config = loadConfig()
  if (config.logFile) {
    const stream = createWriteStream(config.logFile, { flags: 'a', mode: 0o600 })
    const batch = batchedSink(chunk => stream.write(chunk))
    setLogSink(batch.sink, () => { batch.flush(); stream.end() })
  }
  const container = await createContainer(config)
  setContainer(container)
  // Every worker of every host on the store takes part in scheduled work; leases in the store make each
  // checkpoint, purge and job share happen once (docs/operations.md).
  const checkpointer = new AuditCheckpointer(container.store, container.keys.checkpoint, container.clock, config.auditCheckpointSeconds * 1000, scheduleLeaseOf(container))
  checkpointer.start()
  const unwatch = watchKeys(container, config.keyReloadMs)
  const unschedule = scheduleWork(container)
  const monitors = hostMonitorsOf(container)
  const app = await buildApp(container, monitors)
  await app.listen({ port: config.port, host: config.host })
  // Metrics: a cluster worker answers the primary's scrapes; a host of one process listens itself.
  if (cluster.isWorker) answerPrimaryScrapes([monitors.metrics.registry])
  else await serveMetrics(localMetrics(monitors.metrics.registry), config.observability.metricsHost, config.observability.metricsPort)
  // Runs once, however many ask (SIGTERM, SIGINT, the primary's disconnect): timers and the checkpointer
  // end before the store closes, so nothing touches a closed store.
  let stopping: Promise<void> | null = null
  const stop = () => (stopping ??= (async () => {
    unwatch(); unschedule(); await app.close(); await checkpointer.stop(); await container.close(); flushLog(); setTimeout(() => process.exit(0), 50)
  })())
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
  // A worker whose primary died (even by kill -9) must not linger serving stale code.
  if (cluster.isWorker) process.on('disconnect', () => { void stop() })
}

async function startPrimary() {
  const config = loadConfig()
  const { report, container } = await bootstrap(config)
  await container.close()
  const url = `http://localhost:${config.port}`
  const lines = [`health-code host (${config.env}) on ${url}`, `  data: ${config.databaseUrl ? 'PostgreSQL' : config.dataDir}  keys: ${config.keysDir}  workers: ${config.workers}`]
  if (report.createdKeys.length) lines.push(`  created keys: ${report.createdKeys.join(', ')}`)
  if (config.demo) {
    lines.push('  demo accounts (sign in with the phone number; codes appear on the console and at ' + url + '/dev/otp):')
    for (const a of DEMO_ACCOUNTS) lines.push(`    ${a.role.padEnd(9)} ${a.phone}  ${a.name}`)
    lines.push('    citizen   any other mainland mobile number')
  }
  console.log(lines.join('\n'))
  if (config.workers <= 1) return startWorker()
  for (let i = 0; i < config.workers; i++) cluster.fork()
  await serveMetrics(clusterMetrics(), config.observability.metricsHost, config.observability.metricsPort)
  cluster.on('exit', (worker, code, signal) => {
    if (signal !== 'SIGTERM' && signal !== 'SIGINT' && code !== 0) {
      console.error(`worker ${worker.process.pid} exited (${signal ?? code}); starting another`)
      cluster.fork()
    }
  })
  const stop = () => {
    const workers = Object.values(cluster.workers ?? {}).filter(Boolean)
    if (workers.length === 0) process.exit(0)
    let left = workers.length
    for (const w of workers) { w!.once('exit', () => { if (--left === 0) process.exit(0) }); w!.process.kill('SIGTERM') }
    setTimeout(() => process.exit(0), 5000)
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
}

const run = cluster.isPrimary ? startPrimary : startWorker
run().catch(e => {
  console.error(`health-code host failed to start: ${(e as Error).message}`)
  process.exit(1)
})
