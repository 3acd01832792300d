// Starts bench/support/floor-server.ts as a child process (so it has its own cores' worth of workers,
// like the host) and drives it with the same wrk settings as the host's refreshes.
import { spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { freePort } from '../../test/support/host'
import { newDevice } from '../../test/support/citizen'
import { runWrk, WrkResult } from './wrk'

const root = join(__dirname, '..', '..')

export async function floorRate(opts: { seconds: number; workers: number; requests: number }): Promise<WrkResult> {
  const port = await freePort()
  const child = spawn(process.execPath, [join(root, 'scripts', 'run-ts.js'), join('bench', 'support', 'floor-server.ts')], {
    cwd: root, env: { ...process.env, PORT: String(port), FLOOR_WORKERS: String(opts.workers) }, stdio: ['ignore', 'pipe', 'inherit']
  })
  try {
    await new Promise<void>((resolve, reject) => {
      let out = ''
      child.stdout!.on('data', d => { out += d; if (out.includes('listening')) resolve() })
      child.once('exit', code => reject(new Error(`floor server exited (${code}) before listening`)))
    })
    const url = `http://127.0.0.1:${port}`
    const dir = mkdtempSync(join(tmpdir(), 'hc-floor-'))
    // Bodies like a refresh's; the floor reads no token, but wrk sends one, so the request is the same size.
    const reqs = Array.from({ length: opts.requests }, () => ({ path: '/api/code-generate', token: 'floor', body: JSON.stringify({ devicePublicKey: newDevice().publicKeyBase64 }) }))
    runWrk(url, reqs, { seconds: 3, threads: 2, connections: 64, dir, name: 'warm-floor' })
    return runWrk(url, reqs, { seconds: opts.seconds, threads: 2, connections: 64, dir, name: 'floor' })
  } finally {
    child.kill('SIGTERM')
  }
}
