// The gateway's retry of 50302, with its sleep, jitter and status injected: how many tries, how long each
// wait, the host's retryAfter honoured, giving up, other codes untouched, and the status on and off.
import { ReturnCode, type FunctionResult } from '@core/api/return-codes'
import { BUSY_RETRIES } from '@core/client/busy-backoff'
import { retryWhenBusy } from './busy-retry'
import { isRetryingBusy, onBusyRetrying } from './busy-status'

const busy = (retryAfter?: number): FunctionResult => ({ code: ReturnCode.BUSY, error: 'busy', message: '服务繁忙', ...(retryAfter !== undefined ? { retryAfter } : {}) })
const ok: FunctionResult = { code: ReturnCode.OK, message: 'ok', data: { n: 1 } }

/** A transport that answers the given results in turn, and a recorder of waits and status changes. */
function harness(answers: FunctionResult[], random = () => 0.5) {
  const calls: string[] = []
  const waits: number[] = []
  const events: string[] = []
  const send = retryWhenBusy(async name => {
    calls.push(name)
    return answers[Math.min(calls.length - 1, answers.length - 1)]
  }, {
    sleep: async ms => { waits.push(ms); events.push(`sleep ${ms}`) },
    random,
    status: { began: () => events.push('on'), ended: () => events.push('off') }
  })
  return { send, calls, waits, events }
}

it('retries a 50302 at most BUSY_RETRIES times, then hands the 50302 to the page', async () => {
  const h = harness([busy()])
  const r = await h.send('health-info', {})
  expect(r.code).toBe(ReturnCode.BUSY)
  expect(h.calls).toHaveLength(1 + BUSY_RETRIES)
  expect(BUSY_RETRIES).toBe(3)
  // Exponential windows 500, 1000, 2000 ms; with random 0.5 each wait is 3/4 of its window.
  expect(h.waits).toEqual([375, 750, 1500])
  expect(h.events).toEqual(['on', 'sleep 375', 'sleep 750', 'sleep 1500', 'off'])
})

it('returns the first answer that is not 50302, with the status off again', async () => {
  const h = harness([busy(), busy(), ok])
  const r = await h.send('code-generate', { bind: false })
  expect(r).toEqual(ok)
  expect(h.calls).toEqual(['code-generate', 'code-generate', 'code-generate'])
  expect(h.events).toEqual(['on', 'sleep 375', 'sleep 750', 'off'])
})

it('keeps every wait inside its jitter bounds, whatever the random number', async () => {
  for (const random of [() => 0, () => 0.999999, () => 0.123]) {
    const h = harness([busy()], random)
    await h.send('health-info', {})
    const bounds = [[250, 500], [500, 1000], [1000, 2000]]
    h.waits.forEach((w, i) => {
      expect(w).toBeGreaterThanOrEqual(bounds[i][0])
      expect(w).toBeLessThanOrEqual(bounds[i][1])
    })
  }
})

it("never retries sooner than the host's retryAfter", async () => {
  const h = harness([busy(3)])
  await h.send('health-info', {})
  expect(h.waits).toHaveLength(BUSY_RETRIES)
  for (const w of h.waits) expect(w).toBeGreaterThanOrEqual(3000)
  expect(h.waits).toEqual([3125, 3250, 3500])
})

it('does not retry when the host asks for a wait beyond the cap: the 50302 goes to the page at once, no status', async () => {
  const h = harness([busy(60)])
  expect((await h.send('health-info', {})).retryAfter).toBe(60)
  expect(h.calls).toHaveLength(1)
  expect(h.events).toEqual([])
})

it('never retries another code: nothing-was-done is promised by 50302 alone', async () => {
  for (const code of [ReturnCode.INTERNAL, ReturnCode.UNAVAILABLE, ReturnCode.NETWORK, ReturnCode.RATE_LIMITED, ReturnCode.CONFLICT, ReturnCode.OK]) {
    const h = harness([{ code, message: '' }, ok])
    expect((await h.send('checkin', {})).code).toBe(code)
    expect(h.calls).toHaveLength(1)
    expect(h.events).toEqual([])
  }
})

it('the app-wide status is on while any call waits to retry, and off when the last one is answered', async () => {
  const seen: boolean[] = []
  const off = onBusyRetrying(v => seen.push(v))
  let release: Array<() => void> = []
  const answers = new Map<string, FunctionResult[]>([['a', [busy(), ok]], ['b', [busy(), busy(), ok]]])
  const send = retryWhenBusy(async name => answers.get(name)!.shift()!, {
    random: () => 0,
    sleep: () => new Promise<void>(resolve => release.push(resolve))
  })
  try {
    const a = send('a', {})
    const b = send('b', {})
    await flush()
    expect(isRetryingBusy()).toBe(true)
    expect(seen).toEqual([true])
    // a's retry is answered; b still waits for its second retry.
    release.shift()!()
    await flush()
    expect((await a).code).toBe(ReturnCode.OK)
    expect(isRetryingBusy()).toBe(true)
    while (release.length) { release.shift()!(); await flush() }
    expect((await b).code).toBe(ReturnCode.OK)
    expect(isRetryingBusy()).toBe(false)
    expect(seen).toEqual([true, false])
  } finally {
    off()
    release = []
  }
})

async function flush() {
  for (let i = 0; i < 5; i++) await Promise.resolve()
}
