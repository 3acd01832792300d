// CommonJS as a mini-program's app service runs it: each compiled file evaluated in the one sandbox context,
// `require` limited to relative paths inside the package (the platforms have no node_modules resolution),
// and which file is being evaluated kept in `loading`, so App()/Page()/Component() registrations can say
// where they came from.
import fs from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'

export interface LoadingFile { current: string | null }

export function miniModuleLoader(context: vm.Context, root: string, platform: string, loading: LoadingFile) {
  const cache = new Map<string, { exports: unknown }>()

  function load(abs: string): unknown {
    const hit = cache.get(abs)
    if (hit) return hit.exports
    const mod = { exports: {} as unknown }
    cache.set(abs, mod)
    const src = fs.readFileSync(abs, 'utf8')
    const fn = vm.runInContext(`(function (require, module, exports) {${src}\n})`, context, { filename: abs })
    const prev = loading.current
    loading.current = path.relative(root, abs)
    try {
      fn(makeRequire(path.dirname(abs)), mod, mod.exports)
    } finally {
      loading.current = prev
    }
    return mod.exports
  }

  function makeRequire(dir: string) {
    return (request: string) => {
      if (!request.startsWith('.') && !request.startsWith('/')) throw new Error(`require('${request}'): ${platform} has no node_modules resolution`)
      let abs = request.startsWith('/') ? path.join(root, request) : path.resolve(dir, request)
      if (!abs.endsWith('.js')) abs += '.js'
      if (!abs.startsWith(root + path.sep)) throw new Error(`require('${request}') leaves the mini-program root`)
      return load(abs)
    }
  }

  /** A file of the package by its path from the root, with or without `.js`. */
  return (file: string) => load(path.resolve(root, file.endsWith('.js') ? file : `${file}.js`))
}
