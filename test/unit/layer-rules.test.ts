// The layer rules must bite: run them over test/layers/fixture, a tree that breaks each rule once, and
// expect every rule of .dependency-cruiser.js to report there. (npm test also runs them over the real tree.)
import { execFileSync } from 'node:child_process'
import { join } from 'node:path'

const root = join(__dirname, '..', '..')
const fixture = join(root, 'test', 'layers', 'fixture')
// eslint-disable-next-line @typescript-eslint/no-var-requires
const config = require(join(root, '.dependency-cruiser.js')) as { forbidden: { name: string }[] }

interface Violation { rule: { name: string }; from: string; to: string }

function cruise(): Violation[] {
  let out: string
  try {
    out = execFileSync(process.execPath, [join(root, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs'),
      '--config', join(root, '.dependency-cruiser.js'), '--output-type', 'json', 'src', 'server', 'cloudfunctions'], { cwd: fixture, encoding: 'utf8' })
  } catch (e) {
    // A run with violations exits non-zero and still prints its JSON.
    out = (e as { stdout: string }).stdout
  }
  return (JSON.parse(out) as { summary: { violations: Violation[] } }).summary.violations
}

const violations = cruise()

it.each(config.forbidden.map(r => r.name))('rule %s reports the fixture\'s breach', rule => {
  expect(violations.filter(v => v.rule.name === rule).length).toBeGreaterThan(0)
})

it('names the offending files', () => {
  const pairs = violations.map(v => `${v.rule.name}: ${v.from} → ${v.to}`)
  expect(pairs).toEqual(expect.arrayContaining([
    'core-is-pure: src/core/domain.ts → server/adapters/store.ts',
    'use-cases-do-not-import-adapters: server/usecases/declare.ts → server/adapters/store.ts',
    'pages-do-not-call-services: src/pages/home/index.tsx → src/services/session.ts'
  ]))
})
