// Runs wrk (Debian package) against the host with a generated Lua script that rotates requests over
// prepared citizens, and reads its figures from the script's done() hook.
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'

export interface WrkRequest { path: string; token: string; body: string }
export interface WrkResult { requests: number; seconds: number; perSecond: number; ok: number; p50Ms: number; p99Ms: number; errors: number }

const luaString = (s: string) => '"' + s.replace(/\\/g, '\\\\').replace(/"/g, '\\"') + '"'

export function runWrk(url: string, requests: WrkRequest[], opts: { seconds: number; threads: number; connections: number; dir: string; name: string }): WrkResult {
  const script = join(opts.dir, `${opts.name}.lua`)
  writeFileSync(script, `
local reqs = {
${requests.map(r => `  wrk.format("POST", ${luaString(r.path)}, { ["Host"] = ${luaString(new URL(url).host)}, ["Content-Type"] = "application/json", ["Authorization"] = ${luaString('Bearer ' + r.token)} }, ${luaString(r.body)})`).join(',\n')}
}
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) i = math.random(#reqs); ok = 0; seen = '' end
function request() i = i % #reqs + 1; return reqs[i] end
function response(status, headers, body) if seen == '' then seen = status .. ' ' .. body end; if status == 200 and string.find(body, '"code":0,', 1, true) then ok = ok + 1 end end
function done(summary, latency, requests)
  local total_ok = 0
  for _, t in ipairs(threads) do total_ok = total_ok + t:get("ok") end
  io.write('SEEN ' .. tostring(threads[1]:get('seen')) .. '\\n')
  io.write(string.format('WRKJSON {"requests":%d,"us":%d,"ok":%d,"p50":%d,"p99":%d,"errors":%d}\\n',
    summary.requests, summary.duration, total_ok, latency:percentile(50), latency:percentile(99),
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout))
end
`)
  const r = spawnSync('wrk', ['-t', String(opts.threads), '-c', String(opts.connections), '-d', `${opts.seconds}s`, '--timeout', '10s', '-s', script, url], { encoding: 'utf8' })
  if ((r.error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') throw new Error('wrk is not installed: apt-get install wrk (Debian package)')
  if (r.status !== 0) throw new Error(`wrk failed: ${r.stderr || r.error}`)
  const seen = r.stdout.split('\n').find(l => l.startsWith('SEEN '))
  if (process.env.BENCH_DEBUG) console.log(seen)
  const line = r.stdout.split('\n').find(l => l.startsWith('WRKJSON '))
  if (!line) throw new Error('wrk printed no figures:\n' + r.stdout + r.stderr)
  const j = JSON.parse(line.slice(8))
  const seconds = j.us / 1e6
  return { requests: j.requests, seconds, perSecond: j.ok / seconds, ok: j.ok, p50Ms: j.p50 / 1000, p99Ms: j.p99 / 1000, errors: j.errors }
}
