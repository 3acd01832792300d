// H5 only: the service worker that lets the app open with no network (docs/frontend.md, "The offline shell").
// InjectManifest compiles src/sw/service-worker.ts to /sw.js and writes into it the list of files to keep:
// index.html, the entry chunks and CSS, and every chunk of the main and citizen pages. Chunks that only
// staff pages use are left out of that list (most phones never open them); the worker keeps them at run
// time once opened.
import path from 'node:path'
import type { Chunk, Compilation, Module } from 'webpack'
import { InjectManifest } from 'workbox-webpack-plugin'

const STAFF_PAGE = /[\\/]src[\\/]packages[\\/]staff[\\/]pages[\\/]/
const ANY_PAGE = /[\\/]src[\\/](pages|packages[\\/][^\\/]+[\\/]pages)[\\/][^\\/]+[\\/]index\.[jt]sx?$/

/** Webpack names every file of this build with a content or build hash: no revision needed for those. */
const HASHED = /\.[0-9a-f]{8,}\.(js|css)$/

export function addOfflineShell(chain: any): void {
  chain.plugin('offline-shell').use(InjectManifest, [{
    swSrc: path.resolve(__dirname, '..', 'src', 'sw', 'service-worker.ts'),
    swDest: 'sw.js',
    // Terser's extracted licence comments are never requested; source maps are not shipped.
    exclude: [/\.LICENSE\.txt$/, /\.map$/],
    dontCacheBustURLsMatching: HASHED,
    manifestTransforms: [(entries: Array<{ url: string }>, compilation?: unknown) => {
      const staffOnly = staffOnlyFiles(compilation as Compilation)
      return { manifest: entries.filter((e) => !staffOnly.has(e.url.replace(/^\//, ''))) as never, warnings: [] }
    }]
  }])
}

/** Page modules (src/pages/*, src/packages/<pkg>/pages/*) among a chunk's modules. */
function pagesIn(compilation: Compilation, chunk: Chunk): string[] {
  const out: string[] = []
  for (const m of compilation.chunkGraph.getChunkModulesIterable(chunk) as Iterable<Module>) {
    const name = m.nameForCondition?.() ?? ''
    if (ANY_PAGE.test(name)) out.push(name)
  }
  return out
}

/**
 * Files of chunks that serve staff pages and nothing else: every chunk group the chunk belongs to loads a
 * staff page, and none loads a citizen, public or main page. The entry chunks hold no page, so stay in.
 */
export function staffOnlyFiles(compilation: Compilation): Set<string> {
  const files = new Set<string>()
  for (const chunk of compilation.chunks) {
    const pages = [...chunk.groupsIterable].flatMap((g) => g.chunks.flatMap((c) => pagesIn(compilation, c)))
    if (pages.length > 0 && pages.every((p) => STAFF_PAGE.test(p))) for (const f of chunk.files) files.add(f)
  }
  return files
}
