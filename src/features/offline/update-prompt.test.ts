// The new-version banner: shown when a new worker waits, and nothing changes for the open page until the
// user taps it; then the waiting worker is asked to take over, and the page reloads once it has.
import { createUpdatePrompt, TAKE_OVER_TIMEOUT_MS, type WorkerHandle } from './update-prompt'

type Listener = (event: { isUpdate?: boolean }) => void

/** workbox-window's Workbox as far as the prompt uses it. */
function fakeWorkbox() {
  const listeners: Record<string, Listener[]> = {}
  const wb: WorkerHandle & { skipWaitingAsked: number; emit: (type: 'waiting' | 'controlling', event?: { isUpdate?: boolean }) => void } = {
    skipWaitingAsked: 0,
    addEventListener: (type, listener) => void (listeners[type] ??= []).push(listener),
    messageSkipWaiting() { this.skipWaitingAsked++ },
    emit: (type, event = {}) => (listeners[type] ?? []).forEach((l) => l(event))
  }
  return wb
}

function setUp() {
  const wb = fakeWorkbox()
  const reload = jest.fn()
  const timers: Array<() => void> = []
  const prompt = createUpdatePrompt(wb, reload, { setTimeout: ((fn: () => void) => timers.push(fn)) as never })
  const seen: boolean[] = []
  prompt.subscribe((available) => seen.push(available))
  return { wb, reload, prompt, seen, timers }
}

test('a waiting worker shows the prompt, and nothing else happens until the user agrees', () => {
  const { wb, reload, prompt, seen } = setUp()
  expect(prompt.available).toBe(false)
  wb.emit('waiting')
  expect(prompt.available).toBe(true)
  expect(seen).toEqual([true])
  expect(wb.skipWaitingAsked).toBe(0)
  expect(reload).not.toHaveBeenCalled()
})

test('agreeing asks the waiting worker to take over, and reloads once it controls the page (once)', () => {
  const { wb, reload, prompt, timers } = setUp()
  wb.emit('waiting')
  prompt.accept()
  expect(wb.skipWaitingAsked).toBe(1)
  expect(reload).not.toHaveBeenCalled()
  wb.emit('controlling', { isUpdate: true })
  expect(reload).toHaveBeenCalledTimes(1)
  // The fallback timer finds the page already reloading.
  timers.forEach((fn) => fn())
  prompt.accept()
  expect(reload).toHaveBeenCalledTimes(1)
})

test('a worker that never takes over still gets the page reloaded, onto the build it has', () => {
  const { wb, reload, prompt, timers } = setUp()
  wb.emit('waiting')
  prompt.accept()
  expect(timers).toHaveLength(1)
  expect(TAKE_OVER_TIMEOUT_MS).toBeGreaterThan(0)
  timers[0]()
  expect(reload).toHaveBeenCalledTimes(1)
})

test('the first worker taking over a fresh page is no update: no prompt, no reload', () => {
  const { wb, reload, prompt } = setUp()
  wb.emit('controlling', { isUpdate: false })
  expect(prompt.available).toBe(false)
  expect(reload).not.toHaveBeenCalled()
})

test('a page whose worker was replaced from another tab is offered the reload, and reloads at once', () => {
  const { wb, reload, prompt } = setUp()
  wb.emit('controlling', { isUpdate: true })
  expect(prompt.available).toBe(true)
  expect(reload).not.toHaveBeenCalled()
  prompt.accept()
  expect(wb.skipWaitingAsked).toBe(0)
  expect(reload).toHaveBeenCalledTimes(1)
})
