#!/usr/bin/env node
// Runs a TypeScript script (bench, generators) by bundling it with esbuild into .tmp/ first.
const { buildSync } = require('esbuild')
const { join, basename } = require('node:path')
const root = join(__dirname, '..')
const [entry, ...args] = process.argv.slice(2)
if (!entry) { console.error('usage: node scripts/run-ts.js <file.ts> [args]'); process.exit(2) }
const outfile = join(root, '.tmp', 'run', basename(entry).replace(/\.ts$/, '.js'))
buildSync({
  entryPoints: [join(process.cwd(), entry)], outfile, bundle: true, platform: 'node', target: 'node20',
  format: 'cjs', packages: 'external', sourcemap: 'inline', tsconfig: join(root, 'tsconfig.json'), logLevel: 'warning'
})
process.argv = [process.argv[0], outfile, ...args]
require(outfile)
