// `healthcode certlogic eval`: evaluate a CertLogic expression on data, once or as a JSON-lines stream.
import { createInterface } from 'node:readline'
import { parse, readJsonFile, required, UsageError, Io } from '../args'
import { compile, CertLogicError, CompiledRule } from '@core/certlogic'

const USAGE = 'certlogic eval --logic <file> [--data <file>] | certlogic eval --jsonl'
const hasOwn = Object.prototype.hasOwnProperty

/**
 * The expression in a logic document: the expression itself, an EU business rule (its `Logic`),
 * or one of our status rules (its `when`). Neither key is a CertLogic operator, so this is unambiguous.
 */
export function logicOf(doc: unknown): unknown {
  if (typeof doc === 'object' && doc !== null && !Array.isArray(doc)) {
    if (hasOwn.call(doc, 'Logic')) return (doc as { Logic: unknown }).Logic
    if (hasOwn.call(doc, 'when')) return (doc as { when: unknown }).when
  }
  return doc
}

function errorText(e: unknown): string {
  return e instanceof CertLogicError ? `${e.code}: ${e.message}` : (e as Error).message
}

export async function certlogic(argv: string[], io: Io): Promise<number> {
  const [sub, ...rest] = argv
  if (sub !== 'eval') throw new UsageError(sub ? `unknown subcommand "${sub}"; ${USAGE}` : USAGE)
  const { values } = parse(rest, { logic: { type: 'string' }, data: { type: 'string' }, jsonl: { type: 'boolean' } })
  if (values.jsonl) return evalLines(io)
  const logic = logicOf(readJsonFile<unknown>(required(values.logic as string | undefined, '--logic'), 'logic'))
  const data = values.data === undefined ? null : readJsonFile<unknown>(values.data as string, 'data')
  try {
    io.out(JSON.stringify(compile(logic)(data)))
    return 0
  } catch (e) {
    if (!(e instanceof CertLogicError)) throw e
    io.err(`healthcode certlogic: ${errorText(e)}`)
    return 1
  }
}

/** One output line per input line, in order: {"result": …} or {"error": "…"}; always exits 0. */
async function evalLines(io: Io): Promise<number> {
  const cache = new Map<string, CompiledRule | CertLogicError>()
  const compiled = (logic: unknown): CompiledRule => {
    const key = JSON.stringify(logic) ?? 'undefined'
    let c = cache.get(key)
    if (c === undefined) {
      try { c = compile(logic) } catch (e) { if (!(e instanceof CertLogicError)) throw e; c = e }
      if (cache.size >= 1000) cache.clear()
      cache.set(key, c)
    }
    if (c instanceof CertLogicError) throw c
    return c
  }
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity })
  for await (const line of lines) {
    try {
      if (!line.trim()) throw new Error('empty line')
      let input: unknown
      try { input = JSON.parse(line) } catch { throw new Error('not a JSON line') }
      if (typeof input !== 'object' || input === null || !hasOwn.call(input, 'logic')) throw new Error('needs {"logic": …, "data": …}')
      const { logic, data } = input as { logic: unknown; data?: unknown }
      io.out(JSON.stringify({ result: compiled(logicOf(logic))(data === undefined ? null : data) }))
    } catch (e) {
      io.out(JSON.stringify({ error: errorText(e) }))
    }
  }
  return 0
}
