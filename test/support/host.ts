// Starts the real host (build/host.js) as a child process on a free port, with its own data folder,
// keys and log file, and talks to it over HTTP like a client would.
import { spawn, ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ReturnCode } from '@core/api/return-codes'
import { recordIdentifiersIn, recordLogFile } from './identifiers'

const root = join(__dirname, '..', '..')

export interface HostOptions {
  databaseUrl?: string
  pgSchema?: string
  workers?: number
  env?: Record<string, string>
  dataDir?: string
  /** Another host's key folder (as on a shared KMS mount): hosts of one region behind a load balancer share their keys. */
  keysDir?: string
  /** Extra node flags, e.g. --cpu-prof for profiling. */
  nodeArgs?: string[]
}

export interface RunningHost {
  url: string
  dataDir: string
  logFile: string
  process: ChildProcess
  output: () => string
  stop: () => Promise<void>
  call: <T = any>(name: string, body?: unknown, token?: string, headers?: Record<string, string>) => Promise<{ status: number; body: { code: number; error?: string; message: string; data?: T; issues?: { path: string; code: string; message: string }[] } }>
  latestOtp: (phoneTail: string) => string
  login: (phone: string) => Promise<string>
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer()
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port
      srv.close(() => resolve(port))
    })
    srv.on('error', reject)
  })
}

export function ensureServerBuilt(): void {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  require(join(root, 'scripts', 'server-build.js')).ensureBuilt(['host', 'cli'])
}

export async function startHost(options: HostOptions = {}): Promise<RunningHost> {
  ensureServerBuilt()
  const port = await freePort()
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'hc-host-'))
  const logFile = join(dataDir, 'server.log')
  recordLogFile(logFile)
  let out = ''
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), join(root, 'build', 'host.js')], {
    cwd: root,
    env: {
      ...process.env, NODE_ENV: 'development', PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_FILE: logFile,
      WORKERS: String(options.workers ?? 1), DATABASE_URL: options.databaseUrl ?? '', PG_SCHEMA: options.pgSchema ?? '',
      OTP_RESEND_SECONDS: '0', METRICS_PORT: '0', ...(options.keysDir ? { KEYS_DIR: options.keysDir } : {}), ...options.env
    },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  child.stdout?.on('data', d => { out += d })
  child.stderr?.on('data', d => { out += d })
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 30_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`host exited: ${out}`)
    try {
      if ((await fetch(`${url}/healthz`)).ok) break
    } catch { /* not up yet */ }
    if (Date.now() > deadline) throw new Error(`host did not start: ${out}`)
    await new Promise(r => setTimeout(r, 100))
  }
  const call: RunningHost['call'] = async (name, body = {}, token, headers = {}) => {
    recordIdentifiersIn(body)
    const res = await fetch(`${url}/api/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body)
    })
    return { status: res.status, body: await res.json() }
  }
  const latestOtp = (phoneTail: string) => {
    const file = join(dataDir, 'dev-sms-outbox.jsonl')
    const lines = existsSync(file) ? readFileSync(file, 'utf8').trim().split('\n').reverse() : []
    // Another worker may be mid-write: its partial last line is not ours (ours was written before the answer).
    const parsed = (l: string) => { try { return JSON.parse(l) } catch { return null } }
    const hit = lines.map(parsed).find(e => e?.phoneMasked.endsWith(phoneTail))
    if (!hit) throw new Error('no code sent to …' + phoneTail)
    return hit.code as string
  }
  const login = async (phone: string) => {
    const sent = await call('auth-otp-request', { phone })
    if (sent.body.code !== ReturnCode.OK) throw new Error('otp request failed: ' + JSON.stringify(sent.body))
    const r = await call<{ token: string }>('auth-otp-verify', { phone, code: latestOtp(phone.slice(-4)) })
    if (r.body.code !== ReturnCode.OK) throw new Error('login failed: ' + JSON.stringify(r.body))
    return r.body.data!.token
  }
  const stop = () => new Promise<void>(resolve => {
    if (child.exitCode !== null) return resolve()
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
    setTimeout(() => child.kill('SIGKILL'), 5000).unref()
  })
  return { url, dataDir, logFile, process: child, output: () => out, stop, call, latestOtp, login }
}
