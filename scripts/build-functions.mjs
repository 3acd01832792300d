// npm run build:functions: bundles each cloudfunctions/<name> with its dependencies into
// build/cloudfunctions/<name>/ (index.js + package.json), the folder WeChat DevTools deploys
// (project.config.json → cloudfunctionRoot). better-sqlite3 is left out: a cloud function has no
// lasting disk, so deployed functions use PostgreSQL through DATABASE_URL.
import { build } from 'esbuild'
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const src = join(root, 'cloudfunctions')
const out = join(root, 'build', 'cloudfunctions')
const names = readdirSync(src).filter(n => statSync(join(src, n)).isDirectory())

rmSync(out, { recursive: true, force: true })
let total = 0
for (const name of names) {
  const dir = join(out, name)
  mkdirSync(dir, { recursive: true })
  const result = await build({
    entryPoints: [join(src, name, 'index.ts')],
    outfile: join(dir, 'index.js'),
    bundle: true,
    platform: 'node',
    target: 'node16',
    format: 'cjs',
    minify: true,
    metafile: true,
    tsconfig: join(root, 'tsconfig.json'),
    external: ['wx-server-sdk', 'better-sqlite3', 'pg-native'],
    define: { 'process.env.HEALTHCODE_RUNTIME': '"wechat"' },
    logLevel: 'warning'
  })
  const bytes = Object.values(result.metafile.outputs).reduce((s, o) => s + o.bytes, 0)
  total += bytes
  writeFileSync(join(dir, 'package.json'), JSON.stringify({
    name, version: '1.0.0', private: true, main: 'index.js',
    dependencies: { 'wx-server-sdk': '~3.0.1' }
  }, null, 2) + '\n')
  console.log(`${name.padEnd(24)} ${(bytes / 1024).toFixed(0)} KB`)
}
console.log(`${names.length} functions → ${out} (${(total / 1024).toFixed(0)} KB)`)
