// The EU CertLogic suites (test/conformance/certlogic, see NOTICE.md): one jest test per case.
// Evaluator cases run through both compile() and evaluate(); validation cases through validate().
import { readdirSync, readFileSync } from 'fs'
import { join } from 'path'
import { compile, evaluate, validate } from '@core/certlogic'

const ROOT = join(__dirname, '../conformance/certlogic')

type Directive = 'skip' | 'only'
interface Assertion { certLogicExpression?: unknown; data: unknown; expected: unknown; directive?: Directive; message?: string }
interface EvalCase { name: string; certLogicExpression?: unknown; directive?: Directive; assertions: Assertion[] }
interface ValidationCase { name?: string; certLogicExpression: unknown; directive?: Directive; issues: unknown[] }
interface Suite<C> { name: string; directive?: Directive; cases: C[] }

// Why the suite's own skip directives are right for this engine (printed with each skip).
const WHY: Record<string, string> = {
  'patched-reduce.json': 'needs "data" in the reduce lambda context, which the spec (1.3.3) only says CertLogic "may" add later',
  'ins-with-nulls.json': '"in" on a non-array (here null) right-hand side is an error per the spec, not false'
}

function load<C>(dir: string): Array<{ file: string; suite: Suite<C> }> {
  return readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.json')).sort()
    .map((file) => ({ file, suite: JSON.parse(readFileSync(join(ROOT, dir, file), 'utf8')) as Suite<C> }))
}

const evalSuites = load<EvalCase>('testSuite')
const validationSuites = load<ValidationCase>('validation-testSuite')

// "only" (as in mocha's it.only) narrows a run to the marked cases, if any are marked.
const anyOnly = [...evalSuites, ...validationSuites].some(({ suite }) =>
  suite.directive === 'only' || (suite.cases as Array<{ directive?: Directive }>).some((c) => c.directive === 'only'))

const skipped: string[] = []
function skipReason(file: string, where: string, directive: Directive | undefined, parentOnly: boolean): string | null {
  if (directive === 'skip') return `${where}: directive "skip" — ${WHY[file] ?? 'no reason given by the suite'}`
  if (anyOnly && directive !== 'only' && !parentOnly) return `${where}: another case is marked "only"`
  return null
}

describe('CertLogic evaluator suite', () => {
  for (const { file, suite } of evalSuites) {
    describe(`${file}: ${suite.name}`, () => {
      suite.cases.forEach((c, i) => {
        const title = `#${i + 1} ${c.name}`
        const caseSkip = skipReason(file, `${file} ${title}`, suite.directive ?? c.directive, suite.directive === 'only')
        if (caseSkip !== null) {
          skipped.push(caseSkip)
          test.skip(title, () => undefined)
          return
        }
        const run: Array<{ a: Assertion; n: number }> = []
        c.assertions.forEach((a, n) => {
          const why = a.directive === 'skip' ? `${file} ${title} assertion #${n + 1} (data ${JSON.stringify(a.data)}): directive "skip" — ${WHY[file] ?? 'no reason given by the suite'}` : null
          if (why === null) run.push({ a, n })
          else { skipped.push(why); test.skip(`${title} — assertion #${n + 1} (skip)`, () => undefined) }
        })
        test(title, () => {
          for (const { a, n } of run) {
            const expr = a.certLogicExpression ?? c.certLogicExpression
            const label = `assertion #${n + 1}${a.message ? ` (${a.message})` : ''} on ${JSON.stringify(a.data)}`
            expect(validate(expr)).toStrictEqual([]) // every suite expression is a valid one
            expect({ label, compiled: compile(expr)(a.data) }).toStrictEqual({ label, compiled: a.expected })
            expect({ label, interpreted: evaluate(expr, a.data) }).toStrictEqual({ label, interpreted: a.expected })
          }
        })
      })
    })
  }
})

describe('CertLogic validation suite', () => {
  for (const { file, suite } of validationSuites) {
    describe(`${file}: ${suite.name}`, () => {
      suite.cases.forEach((c, i) => {
        const title = `#${i + 1} ${c.name ?? JSON.stringify(c.certLogicExpression)}`
        const caseSkip = skipReason(file, `${file} ${title}`, suite.directive ?? c.directive, suite.directive === 'only')
        if (caseSkip !== null) {
          skipped.push(caseSkip)
          test.skip(title, () => undefined)
          return
        }
        test(title, () => {
          expect(validate(c.certLogicExpression)).toStrictEqual(c.issues)
          // An expression validate rejects must never compile.
          if (c.issues.length > 0) expect(() => compile(c.certLogicExpression)).toThrow(expect.objectContaining({ code: 'INVALID_EXPRESSION' }))
        })
      })
    })
  }
})

afterAll(() => {
  if (skipped.length > 0) console.info(`CertLogic suites: ${skipped.length} skipped\n${skipped.map((s) => `  - ${s}`).join('\n')}`)
})
