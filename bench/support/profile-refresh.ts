// Profiling helper (not a benchmark): one worker under --cpu-prof while wrk drives code refreshes.
// node scripts/run-ts.js bench/support/profile-refresh.ts [function]; the profile lands in /tmp/prof.
import { startHost } from '../../test/support/host'
import { basicInfo, declaration, newDevice, validIdNumber } from '../../test/support/citizen'
import { runWrk } from './wrk'

async function main() {
  const host = await startHost({ env: { OTP_PER_IP_PER_HOUR: '1000000', ID_BIND_PER_IP_PER_HOUR: '1000000', WORKERS: '1' }, nodeArgs: ['--cpu-prof', '--cpu-prof-dir=/tmp/prof'] })
  const people = []
  for (let n = 0; n < 100; n++) {
    const token = await host.login('139' + String(20000000 + n).slice(-8))
    await host.call('consent-accept', { version: (await host.call('consent-status', {}, token)).body.data.version }, token)
    await host.call('health-declare', declaration({ basic: await basicInfo(host, validIdNumber('330106', `19700${1 + (n % 9)}1${n % 10}`, String(n).padStart(3, '0'))) }), token)
    const d = newDevice()
    await host.call('code-generate', { devicePublicKey: d.publicKeyBase64 }, token)
    people.push({ path: '/api/' + (process.argv[2] ?? 'code-generate'), token, body: process.argv[2] === 'health-declare' ? JSON.stringify(declaration()) : JSON.stringify({ devicePublicKey: d.publicKeyBase64 }) })
  }
  const r = runWrk(host.url, people, { seconds: 8, threads: 1, connections: 32, dir: host.dataDir, name: 'prof' })
  console.log(r)
  await host.stop()
}
main()
