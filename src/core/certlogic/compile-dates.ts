// Builders for comparisons and date-times. Date-time operands are compiled to closures returning
// epoch milliseconds, so a comparison like after(plusTime(...), plusTime(...)) allocates nothing.
import { addTime, CertLogicDateTime, dateOfBirthMs, parseDateTime, TimeUnit } from './dates'
import type { Builder, CompiledNode, Fn, MsFn } from './compiled-node'
import { compare, ComparisonOp, intOf, msOf, stringOf } from './values'

type Checked = (d: unknown) => number

function chained(cmp: ComparisonOp, fs: Checked[]): Fn {
  const [a, b, c] = fs
  if (fs.length === 2) return (d) => compare(cmp, a(d), b(d))
  return (d) => {
    // All three are evaluated and type-checked before comparing, as the interpreter does.
    const x = a(d)
    const y = b(d)
    const z = c(d)
    return compare(cmp, x, y) && compare(cmp, y, z)
  }
}

export function intComparison(op: ComparisonOp): Builder {
  return (operands) => chained(op, operands.map(({ fn }) => (d: unknown) => intOf(fn(d), op)))
}

/** The operand as epoch ms: straight from plusTime/dccDateOfBirth, else checked at run time. */
function msOperand(node: CompiledNode, op: string): MsFn {
  if (node.ms !== undefined) return node.ms
  if (node.constant && node.value instanceof CertLogicDateTime) { const c = node.value.epochMs; return () => c }
  const f = node.fn
  return (d) => msOf(f(d), op)
}

export function dateComparison(op: string, cmp: ComparisonOp): Builder {
  return (operands) => chained(cmp, operands.map((n) => msOperand(n, op)))
}

/**
 * One-entry memo per node: a re-audit evaluates every citizen against one validation clock.
 * The date-time object is only made if something needs the value rather than its instant.
 */
function memoised(operand: CompiledNode, op: string, toMs: (s: string) => number): { fn: Fn; ms: MsFn } {
  const f = operand.fn
  let lastIn: string | undefined
  let lastMs = 0
  let lastValue: CertLogicDateTime | undefined
  const ms = (d: unknown): number => {
    const s = stringOf(f(d), op)
    if (s !== lastIn) {
      lastMs = toMs(s) // may throw: the memo is only updated on success
      lastIn = s
      lastValue = undefined
    }
    return lastMs
  }
  const fn = (d: unknown): CertLogicDateTime => {
    const m = ms(d)
    if (lastValue === undefined) lastValue = new CertLogicDateTime(m) // immutable, so safe to share
    return lastValue
  }
  return { fn, ms }
}

export const plusTimeOp: Builder = ([date], args) => {
  const amount = args[1] as number
  const unit = args[2] as TimeUnit
  return memoised(date, 'plusTime', (s) => addTime(parseDateTime(s), amount, unit))
}

export const dobOp: Builder = ([dob]) => memoised(dob, 'dccDateOfBirth', dateOfBirthMs)
