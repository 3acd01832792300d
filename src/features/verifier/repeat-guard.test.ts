import { holderKey, RepeatGuard, REPEAT_WINDOW_MS } from './repeat-guard'

function clock(start = 1_000_000) {
  let now = start
  return { now: () => now, advance: (ms: number) => { now += ms } }
}

it('a holder seen again within 10 s of the last sighting is a repeat, however long they stay in view', () => {
  const c = clock()
  const guard = new RepeatGuard<string>(REPEAT_WINDOW_MS, c.now)
  guard.note('holder:a', 'first')
  // Held in front of the camera for half a minute, read every few seconds: always the same record.
  for (let i = 0; i < 10; i++) {
    c.advance(3000)
    expect(guard.recent('holder:a')).toBe('first')
  }
  // Gone for more than 10 s, then back: a new record.
  c.advance(REPEAT_WINDOW_MS + 1)
  expect(guard.recent('holder:a')).toBeNull()
})

it('touch keeps the window open; other holders are separate; forget makes the next reading a new record', () => {
  const c = clock()
  const guard = new RepeatGuard<string>(REPEAT_WINDOW_MS, c.now)
  guard.note('holder:a', 'a')
  guard.note('holder:b', 'b')
  c.advance(9000)
  guard.touch('holder:a')
  c.advance(9000)
  expect(guard.recent('holder:a')).toBe('a')
  expect(guard.recent('holder:b')).toBeNull()
  guard.forget()
  expect(guard.recent('holder:a')).toBeNull()
})

it('keys on the holder pseudonym, so a redrawn QR is the same person; a code without one by its text', () => {
  expect(holderKey({ holder: 'p1' }, 'HZ1:AAA')).toBe(holderKey({ holder: 'p1' }, 'HZ1:BBB'))
  expect(holderKey({ holder: 'p1' }, 'x')).not.toBe(holderKey({ holder: 'p2' }, 'x'))
  expect(holderKey({ holder: null }, ' HC1:xyz ')).toBe('text:HC1:xyz')
})
