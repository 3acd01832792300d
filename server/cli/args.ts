// Argument parsing shared by the commands: node's own parseArgs, and one error type for usage mistakes (exit 2).
import { parseArgs, ParseArgsConfig } from 'node:util'
import { readFileSync } from 'node:fs'

export class UsageError extends Error {}

export function parse<const O extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: O) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true })
  } catch (e) {
    throw new UsageError((e as Error).message)
  }
}

export function required<T>(value: T | undefined, flag: string): T {
  if (value === undefined || value === '') throw new UsageError(`missing ${flag}`)
  return value
}

/** `--at` and friends: an ISO 8601 time with a zone, as epoch milliseconds. */
export function parseTime(value: string | undefined, flag: string): number {
  if (value === undefined) return Date.now()
  const t = Date.parse(value)
  if (Number.isNaN(t) || !/\d{4}-\d{2}-\d{2}/.test(value)) throw new UsageError(`${flag} needs an ISO time, e.g. 2026-11-27T08:00:00Z`)
  return t
}

export function readJsonFile<T>(path: string, what: string): T {
  let text: string
  try {
    text = path === '-' ? readFileSync(0, 'utf8') : readFileSync(path, 'utf8')
  } catch {
    throw new UsageError(`cannot read ${what}: ${path}`)
  }
  try {
    return JSON.parse(text) as T
  } catch {
    throw new UsageError(`${what} is not valid JSON: ${path}`)
  }
}

export function readTextFile(path: string, what: string): string {
  try {
    return (path === '-' ? readFileSync(0, 'utf8') : readFileSync(path, 'utf8')).trim()
  } catch {
    throw new UsageError(`cannot read ${what}: ${path}`)
  }
}

export interface Io {
  out: (line: string) => void
  err: (line: string) => void
}
