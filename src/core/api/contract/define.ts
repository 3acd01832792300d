// A cloud function's wire contract: its name, its input schema and, as a type only, its output.
// Defined once here and imported by the function (to validate), by its use case (for the types it
// takes and returns) and by the client's feature API (to call it). Nothing else may restate them.
import type { z, ZodTypeAny } from 'zod'

/** The input schema, or one that depends on the clock (e.g. "dates not in the future", China time). */
export type InputSchema<S extends ZodTypeAny> = S | ((nowMs: number) => S)

export interface FunctionContract<N extends string = string, S extends ZodTypeAny = ZodTypeAny, O = unknown> {
  readonly name: N
  readonly input: InputSchema<S>
  /** Never set at run time: carries the output type to the function and to the client. */
  readonly output?: O
}

/**
 * `defineContract<Output>()('name', schema)`: the output type is given explicitly, the name and the
 * schema are inferred (TypeScript cannot infer some type parameters and take others).
 */
export function defineContract<O>() {
  return <N extends string, S extends ZodTypeAny>(name: N, input: InputSchema<S>): FunctionContract<N, S, O> => ({ name, input })
}

type SchemaOf<C> = C extends FunctionContract<string, infer S, unknown> ? S : never

/** What the client sends (defaults still optional). */
export type InputOf<C> = z.input<SchemaOf<C>>
/** What the function and its use case receive, after validation. */
export type ParsedInputOf<C> = z.output<SchemaOf<C>>
/** What the function answers in `data`. */
export type OutputOf<C> = C extends FunctionContract<string, ZodTypeAny, infer O> ? O : never

/** The schema in force at `nowMs`. */
export function schemaAt<S extends ZodTypeAny>(input: InputSchema<S>, nowMs: number): S {
  return typeof input === 'function' ? input(nowMs) : input
}
