// npm run bench -- api [--pg]: the started host (2 workers; SQLite, or with --pg the local PostgreSQL in a
// fresh schema) loaded on loopback by wrk.
//  - the floor: bare node:http, a worker per core, one ES256 signature per request (support/floor-server.ts),
//    so the host's figures read against what this machine can do at all;
//  - declarations per second by already-bound citizens, end to end (validate, audit, issue, commit),
//    then kill -9 and count what survived in the store;
//  - code refreshes per second (session check, status read, one signature, no write), ES256, and SM2 on
//    SQLite (the signature costs the same whichever store is behind it).
import { execFileSync } from 'node:child_process'
import { RunningHost } from '../test/support/host'
import { basicInfo, declaration, newDevice, validIdNumber } from '../test/support/citizen'
import { runWrk } from './support/wrk'
import { floorRate } from './support/floor'
import { startBenchHost } from './support/bench-store'

const CITIZENS = 400
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15)
const PG = process.argv.includes('--pg')
// Every prepared citizen signs in and binds an ID number from loopback: lift the per-address limits.
const env = { OTP_PER_IP_PER_HOUR: '1000000', OTP_PER_PHONE_PER_HOUR: '1000', ID_BIND_PER_IP_PER_HOUR: '1000000', ID_BIND_PER_REGION_PER_HOUR: '1000000', WORKERS: '2' }

async function preparedCitizens(host: RunningHost) {
  const people: { token: string; device: string }[] = []
  for (let i = 0; i < CITIZENS; i += 25) {
    people.push(...await Promise.all(Array.from({ length: Math.min(25, CITIZENS - i) }, async (_, k) => {
      const n = i + k
      const token = await host.login('139' + String(10000000 + n).slice(-8))
      await host.call('consent-accept', { version: (await host.call('consent-status', {}, token)).body.data.version }, token)
      const id = validIdNumber('330106', `19${String(60 + (n % 30))}0${1 + (n % 9)}1${n % 10}`, String(n % 1000).padStart(3, '0'))
      const d = await host.call('health-declare', declaration({ basic: await basicInfo(host, id) }), token)
      if (d.body.code !== 0) throw new Error('prepare declare failed: ' + JSON.stringify(d.body))
      const device = newDevice()
      const c = await host.call('code-generate', { devicePublicKey: device.publicKeyBase64 }, token)
      if (c.body.code !== 0) throw new Error('prepare code failed: ' + JSON.stringify(c.body))
      return { token, device: device.publicKeyBase64 }
    })))
  }
  return people
}

function killHard(host: RunningHost) {
  const pid = host.process.pid as number
  const children = execFileSync('pgrep', ['-P', String(pid)], { encoding: 'utf8' }).trim().split('\n').filter(Boolean).map(Number)
  for (const p of [pid, ...children]) { try { process.kill(p, 'SIGKILL') } catch { /* gone */ } }
}

async function declarationRate() {
  const bench = await startBenchHost(env, PG)
  try {
    const { host } = bench
    const people = await preparedCitizens(host)
    const body = JSON.stringify(declaration({ trips: [] }))
    const reqs = people.map(p => ({ path: '/api/health-declare', token: p.token, body }))
    runWrk(host.url, reqs, { seconds: 3, threads: 2, connections: 64, dir: host.dataDir, name: 'warm-declare' })
    const before = await bench.countDeclarations()
    const declare = runWrk(host.url, reqs, { seconds: SECONDS, threads: 2, connections: 64, dir: host.dataDir, name: 'declare' })
    killHard(host)
    const survived = await bench.countDeclarations() - before
    console.log(`declarations: ${declare.ok} answered ok in ${declare.seconds.toFixed(1)} s = ${Math.round(declare.perSecond)}/s (p50 ${declare.p50Ms} ms, p99 ${declare.p99Ms} ms); after kill -9 the store holds ${survived} (≥ answered: ${survived >= declare.ok})`)
    if (survived < declare.ok) throw new Error('acknowledged declarations were lost after kill -9')
    return declare
  } finally {
    await bench.dispose()
  }
}

async function refreshRate(alg: 'ES256' | 'SM2') {
  const bench = await startBenchHost({ ...env, ISSUER_ALG: alg }, PG)
  try {
    const { host } = bench
    const people = await preparedCitizens(host)
    const reqs = people.map(p => ({ path: '/api/code-generate', token: p.token, body: JSON.stringify({ devicePublicKey: p.device }) }))
    runWrk(host.url, reqs, { seconds: 3, threads: 2, connections: 64, dir: host.dataDir, name: `warm-${alg}` })
    const r = runWrk(host.url, reqs, { seconds: SECONDS, threads: 2, connections: 64, dir: host.dataDir, name: `refresh-${alg}` })
    console.log(`refresh ${alg}: ${Math.round(r.perSecond)}/s, p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms (${r.requests - r.ok} not ok)`)
    return r
  } finally {
    await bench.dispose()
  }
}

async function main() {
  const floor = await floorRate({ seconds: SECONDS, workers: Number(env.WORKERS), requests: CITIZENS })
  console.log(`floor (node:http, ${env.WORKERS} workers, one ES256 signature): ${Math.round(floor.perSecond)}/s, p50 ${floor.p50Ms} ms, p99 ${floor.p99Ms} ms`)
  const declare = await declarationRate()
  const es = await refreshRate('ES256')
  const ratio = Math.round(es.perSecond / floor.perSecond * 100) / 100
  const floorFigures = { floor_per_s: Math.round(floor.perSecond), floor_p99_ms: floor.p99Ms }
  if (PG) {
    console.log(JSON.stringify({
      declarations_pg_per_s: Math.round(declare.perSecond),
      declarations_pg_p99_ms: declare.p99Ms,
      refresh_pg_per_s: Math.round(es.perSecond),
      refresh_pg_p50_ms: es.p50Ms,
      refresh_pg_p99_ms: es.p99Ms,
      ...floorFigures,
      refresh_pg_vs_floor: ratio
    }))
    return
  }
  const sm = await refreshRate('SM2')
  console.log(JSON.stringify({
    declarations_per_s: Math.round(declare.perSecond),
    declarations_p99_ms: declare.p99Ms,
    refresh_per_s: Math.round(es.perSecond),
    refresh_p50_ms: es.p50Ms,
    refresh_p99_ms: es.p99Ms,
    refresh_sm2_per_s: Math.round(sm.perSecond),
    refresh_sm2_p99_ms: sm.p99Ms,
    ...floorFigures,
    refresh_vs_floor: ratio
  }))
}

main().then(() => process.exit(0), e => { console.error(e); process.exit(1) })
