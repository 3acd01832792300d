import { normaliseHealthInfo } from './health-info'

it('fills what an answer leaves out, so no page reads a field of undefined', () => {
  expect(normaliseHealthInfo({})).toEqual({
    consent: { version: '', accepted: false }, bound: false, holder: null, status: null, history: [],
    checkins: { today: false, consecutiveDays: 0 }, corrections: [], appeals: [], deviceHash: null, serverTime: NaN
  })
  expect(normaliseHealthInfo({ bound: true, checkins: { today: true, consecutiveDays: 3 }, serverTime: 5, deviceHash: 'AAECAwQFBgc' })).toMatchObject({ bound: true, checkins: { today: true, consecutiveDays: 3 }, serverTime: 5, deviceHash: 'AAECAwQFBgc' })
})

it('takes the correction requests and the appeals from `cases` when the host lists its queues there', () => {
  const decision = { outcome: 'upheld', reasonCode: 'data-error', reasonText: { zh: '数据有误，已更正', en: 'Data corrected' }, at: 2 }
  const info = normaliseHealthInfo({ cases: [
    { kind: 'correction', id: 'c1', reference: 'ABCD2345', category: 'test', state: 'upheld', createdAt: 1, decision },
    { kind: 'appeal', id: 'a1', reference: null, category: 'status', state: 'open', createdAt: 1, decision: null }
  ] })
  expect(info.corrections).toEqual([{ id: 'c1', reference: 'ABCD2345', category: 'test', state: 'upheld', createdAt: 1, decision }])
  expect(info.appeals).toEqual([{ id: 'a1', reference: null, category: 'status', state: 'open', createdAt: 1, decision: null }])
})
