// npm test: type-check, build the three apps and the host, then run every jest project (unit, usecase on
// the real store without a host, integration on SQLite and PostgreSQL, the weapp under miniprogram-simulate,
// real Chromium): the jest step below names no project, so each one in jest.config.js runs.
// SKIP_BUILD=1 reuses existing builds while iterating locally; CI always builds.
import { spawnSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)
const node = process.execPath
const bin = (pkg, file) => join(root, 'node_modules', ...pkg.split('/'), file)
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`

// The total is printed however the run ends: every step passed, one failed (process.exit), or a throw.
const startedAll = Date.now()
const done = []
process.on('exit', (code) => {
  const steps = done.map((d) => `${d.title} ${seconds(d.ms)}${d.ok ? '' : ' FAILED'}`).join(', ')
  console.log(`\n■ npm test: ${code === 0 ? 'ok' : 'FAILED'} in ${seconds(Date.now() - startedAll)} total${steps ? ` (${steps})` : ''}`)
})

function step(title, args, env = {}) {
  const started = Date.now()
  console.log(`\n▶ ${title}`)
  const r = spawnSync(node, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } })
  const ms = Date.now() - started
  done.push({ title, ms, ok: r.status === 0 })
  console.log(`  ${title}: ${r.status === 0 ? 'ok' : 'FAILED'} in ${seconds(ms)}`)
  if (r.status !== 0) process.exit(r.status ?? 1)
}

step('type-check', [bin('typescript', 'bin/tsc'), '-p', 'tsconfig.json', '--noEmit'])
// The layer rules of docs/architecture.md (.dependency-cruiser.js); test/unit/layer-rules.test.ts proves they bite.
step('layer rules', [bin('dependency-cruiser', 'bin/dependency-cruise.mjs'), '--config', '.dependency-cruiser.js', '--output-type', 'err', 'src', 'server', 'cloudfunctions'])
if (process.env.SKIP_BUILD !== '1') {
  for (const type of ['weapp', 'alipay', 'h5']) step(`build ${type}`, [bin('@tarojs/cli', 'bin/taro'), 'build', '--type', type])
}
const building = Date.now()
require('./server-build.js').ensureBuilt()
done.push({ title: 'build host', ms: Date.now() - building, ok: true })
rmSync(join(root, '.tmp', 'test-run'), { recursive: true, force: true })
step('jest', [bin('jest', 'bin/jest.js'), '--maxWorkers=2', ...process.argv.slice(2)])
step('log check', [join(root, 'scripts', 'check-logs.mjs')])
