// Bundle sizes of the builds in dist/ (a missing build is made first; rebuild after changing sources):
//   weapp main package = every file in dist/weapp outside the sub-package roots in app.json;
//   weapp total = all of dist/weapp; h5 initial JS = the <script src> files of dist/h5/index.html,
//   each gzipped with zlib (default level), summed. KB = 1024 bytes.
// Excluded everywhere: the IDE's project.config.json (not part of the package) and source maps.
// Run: npm run bench -- size, or directly: npx esbuild bench/size.ts --bundle --platform=node
//   --outfile=.tmp/size.js && node .tmp/size.js   (last line: one JSON object).
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

// The repository root: the nearest package.json above this file (it may run bundled from .tmp/).
function findRoot(dir: string): string {
  for (let d = dir; ; d = path.dirname(d)) {
    if (fs.existsSync(path.join(d, 'package.json')) && fs.existsSync(path.join(d, 'src'))) return d
    if (path.dirname(d) === d) return process.cwd()
  }
}
const ROOT = findRoot(__dirname)
const DIST = path.join(ROOT, 'dist')
const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10

// Builds a missing target, its output on stderr so that the JSON stays the last line of stdout.
function need(p: string, type: 'weapp' | 'h5'): void {
  if (fs.existsSync(p)) return
  console.error(`bench size: ${path.relative(ROOT, p)} is missing; building ${type}`)
  const taro = path.join(ROOT, 'node_modules', '@tarojs', 'cli', 'bin', 'taro')
  const r = spawnSync(process.execPath, [taro, 'build', '--type', type], { cwd: ROOT, stdio: ['ignore', 2, 2] })
  if (r.status !== 0 || !fs.existsSync(p)) {
    console.error(`bench size: the ${type} build failed; run \`npm run build:${type}\` to see why`)
    process.exit(1)
  }
}

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name)
    return e.isDirectory() ? files(p) : [p]
  })
}

const counted = (f: string) => !/project(\.private)?\.config\.json$/.test(f) && !f.endsWith('.map')

function weapp() {
  const dir = path.join(DIST, 'weapp')
  need(path.join(dir, 'app.json'), 'weapp')
  const app = JSON.parse(fs.readFileSync(path.join(dir, 'app.json'), 'utf8'))
  const subRoots: string[] = (app.subPackages ?? app.subpackages ?? []).map((s: { root: string }) => path.join(dir, s.root) + path.sep)
  let main = 0
  let total = 0
  const bySub: Record<string, number> = {}
  for (const f of files(dir).filter(counted)) {
    const size = fs.statSync(f).size
    total += size
    const sub = subRoots.find((r) => f.startsWith(r))
    if (sub) bySub[path.relative(dir, sub)] = (bySub[path.relative(dir, sub)] ?? 0) + size
    else main += size
  }
  return { main, total, bySub }
}

function h5() {
  const dir = path.join(DIST, 'h5')
  const html = path.join(dir, 'index.html')
  need(html, 'h5')
  const srcs = [...fs.readFileSync(html, 'utf8').matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1])
  if (!srcs.length) throw new Error('dist/h5/index.html references no scripts')
  return srcs.map((src) => {
    const file = path.join(dir, src.replace(/^https?:\/\/[^/]+/, '').replace(/^\//, ''))
    if (!fs.existsSync(file)) throw new Error(`dist/h5/index.html names ${src}, which is missing: rebuild with npm run build:h5`)
    const raw = fs.readFileSync(file)
    return { src, raw: raw.length, gz: zlib.gzipSync(raw).length }
  })
}

const w = weapp()
console.log(`weapp main package: ${kb(w.main)} KB (target ≤ 600 KB)`)
for (const [sub, size] of Object.entries(w.bySub)) console.log(`weapp sub-package ${sub}: ${kb(size)} KB`)
console.log(`weapp total: ${kb(w.total)} KB`)
const scripts = h5()
for (const s of scripts) console.log(`h5 initial ${s.src}: ${kb(s.raw)} KB raw, ${kb(s.gz)} KB gzip`)
const h5gz = scripts.reduce((a, s) => a + s.gz, 0)
console.log(`h5 initial JS: ${kb(h5gz)} KB gzip`)
console.log(JSON.stringify({ weapp_main_kb: kb(w.main), weapp_total_kb: kb(w.total), h5_initial_js_gz_kb: kb(h5gz) }))
