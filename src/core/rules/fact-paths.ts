// Static check of the data a rule reads. A misspelt path (`cases.confirmd`) reads null, so the rule
// would silently never match and everyone would stay green: rule sets must only name known facts.
import { FACT_PATHS } from './facts'

const KNOWN: ReadonlySet<string> = new Set(FACT_PATHS)

/** Numeric fragments index arrays: `trips.0.to` is checked as `trips.*.to`. */
function normalise(path: string): string {
  return path.split('.').map((f) => (/^[0-9]+$/.test(f) ? '*' : f)).join('.')
}

function isOperation(e: unknown): e is Record<string, unknown> {
  return typeof e === 'object' && e !== null && !Array.isArray(e)
}

/**
 * Unknown data paths in a (valid) CertLogic expression, as messages. `scope` is the facts path whose
 * members a reduce lambda sees as `current` (null outside lambdas, or when the list is computed).
 */
export function unknownFactPaths(expr: unknown): string[] {
  const out: string[] = []
  const visit = (e: unknown, lambda: { element: string | null } | null): void => {
    if (Array.isArray(e)) { e.forEach((x) => visit(x, lambda)); return }
    if (!isOperation(e)) return
    const op = Object.keys(e)[0]
    const args = e[op]
    if (op === 'var') { checkVar(args as string, lambda, out); return }
    const list = args as unknown[]
    if (op === 'plusTime' || op === 'extractFromUVCI') { visit(list[0], lambda); return }
    if (op !== 'reduce') { list.forEach((x) => visit(x, lambda)); return }
    visit(list[0], lambda)
    visit(list[2], lambda)
    visit(list[1], { element: elementPath(list[0], lambda) })
  }
  visit(expr, null)
  return out
}

/** The facts path of the members of the reduced list, if it is a plain `var` we can follow. */
function elementPath(operand: unknown, lambda: { element: string | null } | null): string | null {
  if (!isOperation(operand) || typeof operand.var !== 'string') return null
  const path = normalise(operand.var)
  if (lambda === null) return path + '.*'
  if (lambda.element === null || !(path === 'current' || path.startsWith('current.'))) return null
  return lambda.element + path.slice('current'.length) + '.*'
}

function checkVar(path: string, lambda: { element: string | null } | null, out: string[]): void {
  if (path === '') return
  const p = normalise(path)
  if (lambda === null) {
    if (!KNOWN.has(p)) out.push(`unknown fact "${path}"`)
    return
  }
  const [head] = p.split('.')
  if (head === 'accumulator') return
  if (head !== 'current') { out.push(`"${path}" inside reduce: a reduce lambda sees only "current" and "accumulator"`); return }
  if (lambda.element === null) return
  const full = lambda.element + p.slice('current'.length)
  if (!KNOWN.has(full)) out.push(`unknown fact "${path}" (members of ${lambda.element.slice(0, -2)} have no such field)`)
}
