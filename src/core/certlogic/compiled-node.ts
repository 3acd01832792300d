// The shapes the compiler builds: one module both the operator builders and the date builders share.

export type Fn = (data: unknown) => unknown
export type MsFn = (data: unknown) => number

/** A compiled sub-expression; `constant` when it cannot depend on the data (then `value` holds it). */
export interface CompiledNode {
  fn: Fn
  constant: boolean
  value?: unknown
  /** Date-time producers also offer their instant directly, skipping the value object. */
  ms?: MsFn
}

export type Builder = (operands: CompiledNode[], args: unknown[]) => Fn | { fn: Fn; ms: MsFn }
