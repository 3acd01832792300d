// Server-side logging that never carries personal data: errors are logged by message and stack only,
// with any 11-digit or 18-character identifier masked in case one slipped into a message.
const SENSITIVE = /\b(1[3-9]\d)\d{4}(\d{4})\b|\b(\d{2})\d{14}([\dXx]{2})\b/g

export function scrub(text: string): string {
  return text.replace(SENSITIVE, (_m, p1, p2, i1, i2) => (p1 ? `${p1}****${p2}` : `${i1}**************${i2}`))
}

let sink: (line: string) => void = line => process.stderr.write(line + '\n')

export function setLogSink(fn: (line: string) => void): void {
  sink = fn
}

export function logError(what: string, e: unknown): void {
  const err = e as Error
  sink(scrub(JSON.stringify({ level: 'error', at: new Date().toISOString(), what, error: err?.message ?? String(e), stack: err?.stack?.split('\n').slice(0, 6).join(' | ') })))
}

export function logInfo(what: string, fields: Record<string, unknown> = {}): void {
  sink(scrub(JSON.stringify({ level: 'info', at: new Date().toISOString(), what, ...fields })))
}
