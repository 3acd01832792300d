import { checkDecision } from './use-case-decision'

const base = { outcome: 'upheld' as const, reasonCode: 'evidence-supports', note: '复检阴性', withChange: false, toStatus: null, changeReason: null }

it('needs an outcome, a listed reason and a note; a change needs its colour and reason', () => {
  expect(checkDecision({ ...base, outcome: null })).toBe('auditCase.outcomeNeeded')
  expect(checkDecision({ ...base, reasonCode: 'appeal-upheld' })).toBe('audit.form.reasonNeeded')
  expect(checkDecision({ ...base, note: ' ' })).toBe('audit.form.noteNeeded')
  expect(checkDecision(base)).toBeNull()
  expect(checkDecision({ ...base, withChange: true, toStatus: 'green' })).toBe('auditCase.changeIncomplete')
  expect(checkDecision({ ...base, withChange: true, toStatus: 'green', changeReason: 'appeal-upheld' })).toBeNull()
  // A rejection never carries a change, whatever the form still holds.
  expect(checkDecision({ ...base, outcome: 'rejected', withChange: true })).toBeNull()
})
