// Server-side logging that never carries personal data: errors are logged by message and stack only,
// with any 11-digit or 18-character identifier masked in case one slipped into a message.
const SENSITIVE = /\b(1[3-9]\d)\d{4}(\d{4})\b|\b(\d{2})\d{14}([\dXx]{2})\b/g

export function scrub(text: string): string {
  return text.replace(SENSITIVE, (_m, p1, p2, i1, i2) => (p1 ? `${p1}****${p2}` : `${i1}**************${i2}`))
}

/** Lines are batched and written at most every 50 ms, so logging costs no synchronous write per request. */
export function batchedSink(write: (chunk: string) => void, intervalMs = 50): { sink: (line: string) => void; flush: () => void } {
  let pending: string[] = []
  let timer: ReturnType<typeof setTimeout> | null = null
  const flush = () => {
    if (timer) { clearTimeout(timer); timer = null }
    if (pending.length === 0) return
    const chunk = pending.join('\n') + '\n'
    pending = []
    write(chunk)
  }
  return {
    sink: line => {
      pending.push(line)
      if (pending.length >= 500) flush()
      else if (!timer) timer = setTimeout(flush, intervalMs)
    },
    flush
  }
}

const stderrBatch = batchedSink(chunk => process.stderr.write(chunk))
let sink: (line: string) => void = stderrBatch.sink
let flushSink: () => void = stderrBatch.flush

export function setLogSink(fn: (line: string) => void, flush: () => void = () => undefined): void {
  sink = fn
  flushSink = flush
}

export function flushLog(): void {
  flushSink()
}

export function logError(what: string, e: unknown): void {
  const err = e as Error
  sink(scrub(JSON.stringify({ level: 'error', at: new Date().toISOString(), what, error: err?.message ?? String(e), stack: err?.stack?.split('\n').slice(0, 6).join(' | ') })))
}

export function logInfo(what: string, fields: Record<string, unknown> = {}): void {
  sink(scrub(JSON.stringify({ level: 'info', at: new Date().toISOString(), what, ...fields })))
}
