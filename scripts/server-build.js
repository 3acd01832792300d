// Bundles the host and the command line with esbuild into build/, and rebuilds only when a source is newer.
// CommonJS so that bin/healthcode.js can call it synchronously before loading the bundle.
const { buildSync } = require('esbuild')
const { existsSync, readdirSync, statSync } = require('node:fs')
const { join } = require('node:path')

const root = join(__dirname, '..')
const SOURCES = ['src/core', 'server', 'cloudfunctions', 'package.json', 'tsconfig.json']
const ENTRIES = { cli: 'server/cli/main.ts', host: 'server/host/main.ts' }

function newestMtime(path) {
  if (!existsSync(path)) return 0
  const st = statSync(path)
  if (!st.isDirectory()) return st.mtimeMs
  let newest = st.mtimeMs
  for (const name of readdirSync(path)) {
    if (name === 'node_modules' || name.startsWith('.')) continue
    newest = Math.max(newest, newestMtime(join(path, name)))
  }
  return newest
}

function outfileOf(name) {
  return join(root, 'build', `${name}.js`)
}

function isStale(name) {
  const out = outfileOf(name)
  if (!existsSync(out)) return true
  const built = statSync(out).mtimeMs
  return SOURCES.some(s => newestMtime(join(root, s)) > built)
}

function buildEntry(name) {
  buildSync({
    entryPoints: [join(root, ENTRIES[name])],
    outfile: outfileOf(name),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    sourcemap: 'linked',
    tsconfig: join(root, 'tsconfig.json'),
    logLevel: 'warning'
  })
}

function ensureBuilt(names = Object.keys(ENTRIES)) {
  for (const name of names) if (existsSync(join(root, ENTRIES[name])) && isStale(name)) buildEntry(name)
}

module.exports = { ensureBuilt, buildEntry, isStale, ENTRIES }

if (require.main === module) {
  for (const name of Object.keys(ENTRIES)) if (existsSync(join(root, ENTRIES[name]))) buildEntry(name)
}
