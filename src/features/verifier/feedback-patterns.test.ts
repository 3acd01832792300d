import type { VerifierView } from '@core/credential/verifier-view'
import { CUE_PATTERNS, cueOf } from './feedback-patterns'

const valid: VerifierView = {
  valid: true, kind: 'healthcode', reasons: [], status: 'green', name: '赵*', id: '33**************21', region: '330100',
  issuedAt: 0, expiresAt: 1, testValidUntil: null, vaccinated: null, paper: false, updateNeeded: false
}

it('pass for green and a valid DCC; check for yellow and a paper code; refuse for red, rejected and old lists', () => {
  expect(cueOf(valid)).toBe('pass')
  expect(cueOf({ ...valid, kind: 'dcc', status: null })).toBe('pass')
  expect(cueOf({ ...valid, status: 'yellow' })).toBe('check')
  expect(cueOf({ ...valid, kind: 'healthcode-paper', paper: true, status: null })).toBe('check')
  expect(cueOf({ ...valid, status: 'red' })).toBe('refuse')
  expect(cueOf({ ...valid, valid: false, status: null, reasons: ['revoked'] })).toBe('refuse')
  // Fail closed: an old list never sounds like a pass, even if the code would be green.
  expect(cueOf({ ...valid, updateNeeded: true })).toBe('refuse')
})

it('each cue has its own rhythm, to the ear and to the hand, on both kinds of platform', () => {
  const { pass, check, refuse } = CUE_PATTERNS
  const rhythms = [pass, check, refuse].map((p) => JSON.stringify(p.vibration))
  expect(new Set(rhythms).size).toBe(3)
  expect(new Set([pass, check, refuse].map((p) => p.mini.map((m) => m.kind).join('+'))).size).toBe(3)
  expect(pass.tones).toHaveLength(1)
  expect(check.tones).toHaveLength(2)
  // Higher for pass, lower and longer for refuse.
  expect(pass.tones[0].hz).toBeGreaterThan(check.tones[0].hz)
  expect(refuse.tones[0].hz).toBeLessThan(check.tones[0].hz)
  expect(refuse.tones[0].ms).toBeGreaterThan(pass.tones[0].ms * 3)
})
