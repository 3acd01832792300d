// npm start: builds whatever is missing (the H5 app, the host bundle), then runs the host.
import { existsSync } from 'node:fs'
import { spawn, spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)

if (!existsSync(join(root, 'dist', 'h5', 'index.html'))) {
  console.log('building the H5 app (first start)…')
  const r = spawnSync(process.execPath, [join(root, 'node_modules', '@tarojs', 'cli', 'bin', 'taro'), 'build', '--type', 'h5'], { cwd: root, stdio: 'inherit' })
  if (r.status !== 0) process.exit(r.status ?? 1)
}
require('./server-build.js').ensureBuilt(['host'])

const child = spawn(process.execPath, [join(root, 'build', 'host.js')], { cwd: root, stdio: 'inherit' })
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig))
child.on('exit', code => process.exit(code ?? 0))
