// npm run bench -- <name>: runs bench/<name>.ts. Each bench prints its figures as one JSON object on its last line.
import { readdirSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const benches = readdirSync(join(root, 'bench')).filter(f => f.endsWith('.ts') && !['stats.ts', 'dcc-reference.ts'].includes(f) && !f.startsWith('_')).map(f => f.slice(0, -3))
const [name, ...args] = process.argv.slice(2)
if (!name || !benches.includes(name)) {
  console.error(`usage: npm run bench -- <name> [args]\nbenches: ${benches.join(', ')}`)
  process.exit(2)
}
const r = spawnSync(process.execPath, [join(root, 'scripts', 'run-ts.js'), join('bench', `${name}.ts`), ...args], { cwd: root, stdio: 'inherit' })
process.exit(r.status ?? 1)
