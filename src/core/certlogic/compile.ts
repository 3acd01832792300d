// Compile-once evaluation: the expression tree is validated in full and turned into nested closures,
// so evaluating a rule for a million citizens never re-inspects its JSON. No eval/new Function:
// mini-program engines forbid them.
import { CertLogicDateTime } from './dates'
import { invalidExpression } from './errors'
import { BUILDERS } from './compile-ops'
import type { CompiledNode, Fn } from './compiled-node'
import { access, parsePath, step } from './path'
import { cached, nextEvaluation, repeatedSubexpressions } from './shared'
import { Operator, validate } from './validate'

export type CompiledRule = (data: unknown) => unknown

/** Validates the whole expression (throwing INVALID_EXPRESSION with every issue) and compiles it. */
export function compile(expr: unknown): CompiledRule {
  const issues = validate(expr)
  if (issues.length > 0) throw invalidExpression(issues)
  const repeated = repeatedSubexpressions(expr)
  const { fn } = new Builder(repeated).build(expr, false)
  if (repeated.size === 0) return (data) => fn(data === undefined ? null : data)
  return (data) => {
    nextEvaluation()
    return fn(data === undefined ? null : data)
  }
}

class Builder {
  private readonly shared = new Map<string, CompiledNode>()

  constructor(private readonly repeated: Set<string>) {}

  build(expr: unknown, inLambda: boolean): CompiledNode {
    if (typeof expr !== 'object' || expr === null) return constant(expr)
    if (Array.isArray(expr)) return arrayNode(expr.map((e) => this.build(e, inLambda)))
    const op = Object.keys(expr)[0]
    const args = (expr as Record<string, unknown>)[op]
    if (op === 'var') return { fn: variable(args as string), constant: false }
    const key = inLambda || this.repeated.size === 0 ? undefined : JSON.stringify(expr)
    if (key === undefined || !this.repeated.has(key)) return this.operation(op as Operator, args as unknown[], inLambda)
    let node = this.shared.get(key)
    if (node === undefined) {
      node = this.operation(op as Operator, args as unknown[], inLambda)
      if (!node.constant) node = { fn: cached(node.fn), constant: false }
      this.shared.set(key, node)
    }
    return node
  }

  private operation(op: Operator, list: unknown[], inLambda: boolean): CompiledNode {
    // Literal arguments (plusTime's amount and unit, extractFromUVCI's index) are read by the builder.
    const exprs = op === 'plusTime' || op === 'extractFromUVCI' ? list.slice(0, 1) : list
    const operands = exprs.map((e, i) => this.build(e, inLambda || (op === 'reduce' && i === 1)))
    const built = BUILDERS[op](operands, list)
    const node: CompiledNode = typeof built === 'function' ? { fn: built, constant: false } : { ...built, constant: false }
    return operands.every((n) => n.constant) ? fold(node) : node
  }
}

function arrayNode(items: CompiledNode[]): CompiledNode {
  const fns = items.map((n) => n.fn)
  const fn: Fn = (d) => {
    const out = new Array<unknown>(fns.length)
    for (let i = 0; i < fns.length; i++) out[i] = fns[i](d)
    return out
  }
  const node = { fn, constant: false }
  return items.every((n) => n.constant) ? fold(node) : node
}

/** Drilling specialised by depth, the path split once here instead of per evaluation. */
function variable(path: string): Fn {
  const steps = parsePath(path)
  const [a, b, c] = steps
  switch (steps.length) {
    case 0: return (d) => d
    case 1: return (d) => step(d, a)
    case 2: return (d) => step(step(d, a), b)
    case 3: return (d) => step(step(step(d, a), b), c)
    default: return (d) => access(d, steps)
  }
}

/**
 * Pre-computes a data-independent sub-expression. If that throws, the error must still surface
 * when (and only if) evaluation reaches it, so the closure is kept as is.
 */
function fold(node: CompiledNode): CompiledNode {
  let value: unknown
  try {
    value = node.fn(null)
  } catch {
    return node
  }
  return constant(value)
}

function constant(value: unknown): CompiledNode {
  const shared = typeof value !== 'object' || value === null || value instanceof CertLogicDateTime
  // Arrays (and reduce-made objects) are handed out fresh: callers may mutate what a rule returns.
  return { fn: shared ? () => value : () => copy(value), constant: true, value }
}

function copy(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(copy)
  if (typeof v !== 'object' || v === null || v instanceof CertLogicDateTime) return v
  const out: Record<string, unknown> = {}
  for (const k of Object.keys(v)) out[k] = copy((v as Record<string, unknown>)[k])
  return out
}
