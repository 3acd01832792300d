// A profiling run (not a benchmark): one worker under --cpu-prof while wrk drives code refreshes.
// node scripts/run-ts.js bench/support/profile-refresh.ts [function] [--pg]; the profile lands in /tmp/prof.
// --pg: the host on the local PostgreSQL, in a fresh schema dropped afterwards.
import { startHost } from '../../test/support/host'
import { basicInfo, declaration, newDevice, validIdNumber } from '../../test/support/citizen'
import { TEST_DATABASE_URL, dropSchema, freshSchemaName } from '../../test/support/postgres'
import { runWrk } from './wrk'

async function main() {
  const pg = process.argv.includes('--pg')
  const fn = process.argv.slice(2).find(a => !a.startsWith('--')) ?? 'code-generate'
  const schema = pg ? freshSchemaName('hc_profile') : undefined
  const host = await startHost({
    env: { OTP_PER_IP_PER_HOUR: '1000000', ID_BIND_PER_IP_PER_HOUR: '1000000', WORKERS: '1' }, nodeArgs: ['--cpu-prof', '--cpu-prof-dir=/tmp/prof'],
    ...(pg ? { databaseUrl: TEST_DATABASE_URL, pgSchema: schema } : {})
  })
  try {
    const people = []
    for (let n = 0; n < 100; n++) {
      const token = await host.login('139' + String(20000000 + n).slice(-8))
      await host.call('consent-accept', { version: (await host.call('consent-status', {}, token)).body.data.version }, token)
      await host.call('health-declare', declaration({ basic: await basicInfo(host, validIdNumber('330106', `19700${1 + (n % 9)}1${n % 10}`, String(n).padStart(3, '0'))) }), token)
      const d = newDevice()
      await host.call('code-generate', { devicePublicKey: d.publicKeyBase64 }, token)
      people.push({ path: '/api/' + fn, token, body: fn === 'health-declare' ? JSON.stringify(declaration()) : JSON.stringify({ devicePublicKey: d.publicKeyBase64 }) })
    }
    const r = runWrk(host.url, people, { seconds: 8, threads: 1, connections: 32, dir: host.dataDir, name: 'prof' })
    console.log(r)
  } finally {
    await host.stop()
    if (schema) await dropSchema(schema)
  }
}
main().then(() => process.exit(0), e => { console.error(e); process.exit(1) })
