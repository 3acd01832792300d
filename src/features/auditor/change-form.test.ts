import { changeInput, checkChangeForm, emptyChangeForm } from './change-form'

it('needs a holder, a colour, a listed reason, a note and evidence', () => {
  expect(checkChangeForm(emptyChangeForm(), false)).toEqual({
    holder: 'audit.form.holderInvalid', toStatus: 'audit.form.statusNeeded', reasonCode: 'audit.form.reasonNeeded', note: 'audit.form.noteNeeded', evidenceRef: 'audit.form.evidenceNeeded'
  })
  expect(checkChangeForm({ ...emptyChangeForm('AbCdEfGhIjK'), toStatus: 'red', reasonCode: 'made-up', note: 'ok' }, true)).toEqual({ reasonCode: 'audit.form.reasonNeeded' })
})

it('links the case as evidence and names the person only by holder', () => {
  const f = { ...emptyChangeForm(' AbCdEfGhIjK '), toStatus: 'green' as const, reasonCode: 'appeal-upheld', note: ' 复检阴性 ', evidenceRef: 'LAB-9', evidenceKind: 'lab' as const }
  expect(checkChangeForm(f, true)).toEqual({})
  expect(changeInput(f, { kind: 'appeal', id: 'c1' })).toEqual({
    subject: { holder: 'AbCdEfGhIjK' }, toStatus: 'green', reasonCode: 'appeal-upheld', note: '复检阴性',
    evidence: [{ kind: 'appeal', ref: 'c1' }, { kind: 'lab', ref: 'LAB-9' }]
  })
})
