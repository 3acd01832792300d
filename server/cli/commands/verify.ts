import { createInterface } from 'node:readline'
import { parse, parseTime, readJsonFile, readTextFile, required, UsageError, Io } from '../args'
import { verify as verifyCode } from '@core/credential/verify'
import type { TrustListJson } from '@core/credential/trust-list'

/** Exit code: 0 valid, 1 invalid, 2 usage error. `--jsonl` batch mode always exits 0. */
export async function verify(argv: string[], io: Io): Promise<number> {
  const { values, positionals } = parse(argv, {
    trust: { type: 'string' }, at: { type: 'string' }, in: { type: 'string' }, jsonl: { type: 'boolean' }
  })
  if (values.jsonl) return verifyLines(io)
  const trust = readJsonFile<TrustListJson>(required(values.trust, '--trust'), 'trust list')
  const at = parseTime(values.at, '--at')
  if ((positionals.length > 0) === (values.in !== undefined)) throw new UsageError('give the code text, or --in <file>, or --in -')
  const text = values.in !== undefined ? readTextFile(values.in, 'code') : positionals.join(' ')
  const result = verifyCode(text, trust, at)
  io.out(JSON.stringify(result))
  return result.valid ? 0 : 1
}

async function verifyLines(io: Io): Promise<number> {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity })
  for await (const line of lines) {
    if (!line.trim()) continue
    try {
      const { text, trust, at } = JSON.parse(line) as { text: string; trust?: TrustListJson; at?: string }
      const when = at === undefined ? Date.now() : Date.parse(at)
      if (typeof text !== 'string' || Number.isNaN(when)) throw new Error('needs "text" and an ISO "at"')
      io.out(JSON.stringify(verifyCode(text, trust ?? {}, when)))
    } catch (e) {
      io.out(JSON.stringify({ valid: false, kind: null, reasons: [], claims: null, error: (e as Error).message }))
    }
  }
  return 0
}
