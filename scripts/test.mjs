// npm test: type-check, build the three apps and the host, then run every jest project
// (unit, integration on SQLite and PostgreSQL, the weapp under miniprogram-simulate, real Chromium).
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

function step(title, args, env = {}) {
  const started = Date.now()
  console.log(`\n▶ ${title}`)
  const r = spawnSync(node, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } })
  console.log(`  ${title}: ${r.status === 0 ? 'ok' : 'FAILED'} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  if (r.status !== 0) process.exit(r.status ?? 1)
}

step('type-check', [bin('typescript', 'bin/tsc'), '-p', 'tsconfig.json', '--noEmit'])
if (process.env.SKIP_BUILD !== '1') {
  for (const type of ['weapp', 'alipay', 'h5']) step(`build ${type}`, [bin('@tarojs/cli', 'bin/taro'), 'build', '--type', type])
}
require('./server-build.js').ensureBuilt()
rmSync(join(root, '.tmp', 'test-run'), { recursive: true, force: true })
step('jest', [bin('jest', 'bin/jest.js'), '--maxWorkers=2', ...process.argv.slice(2)])
step('log check', [join(root, 'scripts', 'check-logs.mjs')])
