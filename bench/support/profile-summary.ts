// Reads a V8 .cpuprofile (node --cpu-prof, as profile-refresh.ts writes them) and prints where the time went:
// self time summed per function (name, file and line; the host's bundle mapped back to its sources through
// build/host.js.map), the top N, then the same summed per source file or package.
// node scripts/run-ts.js bench/support/profile-summary.ts [file.cpuprofile | folder, default /tmp/prof] [N, default 25] [--last=S]
// --last=S keeps only the profile's final S seconds: the load, without the start-up and the citizens'
// preparation before it (profile-refresh.ts stops the host as soon as wrk ends).
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { SourceMap, type SourceMapping } from 'node:module'
import { fileURLToPath } from 'node:url'
import { join, relative } from 'node:path'

interface CallFrame { functionName: string; url: string; lineNumber: number; columnNumber: number }
interface Profile { nodes: { id: number; callFrame: CallFrame }[]; samples: number[]; timeDeltas: number[] }

const root = join(__dirname, '..', '..')

function newestProfile(path: string): string {
  if (!statSync(path).isDirectory()) return path
  const files = readdirSync(path).filter(f => f.endsWith('.cpuprofile')).map(f => join(path, f))
  if (!files.length) throw new Error(`no .cpuprofile in ${path}`)
  return files.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0]
}

// One source map per bundle, read once; frames of files without one keep their own place.
const maps = new Map<string, SourceMap | null>()
function sourceMapOf(file: string): SourceMap | null {
  if (!maps.has(file)) {
    try { maps.set(file, new SourceMap(JSON.parse(readFileSync(file + '.map', 'utf8')))) } catch { maps.set(file, null) }
  }
  return maps.get(file)!
}

/** Where a frame is, as a reader would look for it: a source file of ours, or a package, or a Node internal. */
function placeOf(frame: CallFrame): { file: string; line: number } {
  const path = frame.url.startsWith('file://') ? fileURLToPath(frame.url) : frame.url
  // An empty object when the map has nothing at that place.
  const entry = (path ? sourceMapOf(path)?.findEntry(frame.lineNumber, frame.columnNumber) : undefined) as Partial<SourceMapping> | undefined
  if (entry?.originalSource !== undefined && entry.originalLine !== undefined) {
    const source = entry.originalSource.startsWith('file://') ? fileURLToPath(entry.originalSource) : join(path, '..', entry.originalSource)
    return { file: relative(root, source), line: entry.originalLine + 1 }
  }
  return { file: path ? relative(root, path) : '', line: frame.lineNumber + 1 }
}

/** node_modules/<package>/… counts as its package; our sources and Node internals stay as files. */
const groupOf = (file: string) => file.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ?? file

function main() {
  const args = process.argv.slice(2).filter(a => !a.startsWith('--'))
  const last = Number(process.argv.find(a => a.startsWith('--last='))?.slice('--last='.length) ?? Infinity)
  const file = newestProfile(args[0] ?? '/tmp/prof')
  const top = Number(args[1] ?? 25)
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile
  const frames = new Map(profile.nodes.map(n => [n.id, n.callFrame]))
  const selfUs = new Map<number, number>()
  // Sample times are the running sum of the deltas, counted back from the profile's end.
  const sampledUs = profile.timeDeltas.reduce((a, b) => a + b, 0)
  const fromUs = sampledUs - last * 1e6
  let at = 0
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0
    if (at >= fromUs) selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0))
  })
  const byFunction = new Map<string, number>()
  const byGroup = new Map<string, number>()
  let total = 0
  for (const [id, us] of selfUs) {
    const frame = frames.get(id)!
    const place = placeOf(frame)
    const name = frame.functionName || '(anonymous)'
    const key = place.file ? `${name}  ${place.file}:${place.line}` : name
    byFunction.set(key, (byFunction.get(key) ?? 0) + us)
    const group = place.file ? groupOf(place.file) : name
    byGroup.set(group, (byGroup.get(group) ?? 0) + us)
    total += us
  }
  const print = (title: string, rows: Map<string, number>, n: number) => {
    console.log(`\n${title}`)
    for (const [key, us] of [...rows].sort((a, b) => b[1] - a[1]).slice(0, n)) {
      console.log(`${(us / 1000).toFixed(0).padStart(7)} ms ${(us / total * 100).toFixed(1).padStart(5)}%  ${key}`)
    }
  }
  console.log(`${file}: ${(total / 1e6).toFixed(1)} s sampled${Number.isFinite(last) ? ` (the last ${last} s)` : ''}`)
  print(`top ${top} functions by self time`, byFunction, top)
  print('by source file or package', byGroup, 15)
}

main()
