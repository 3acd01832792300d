import { normaliseHealthInfo } from './health-info'

it('fills what an answer leaves out, so no page reads a field of undefined', () => {
  expect(normaliseHealthInfo({})).toEqual({
    consent: { version: '', accepted: false }, bound: false, holder: null, status: null, history: [],
    checkins: { today: false, consecutiveDays: 0 }, corrections: [], serverTime: NaN
  })
  expect(normaliseHealthInfo({ bound: true, checkins: { today: true, consecutiveDays: 3 }, serverTime: 5 })).toMatchObject({ bound: true, checkins: { today: true, consecutiveDays: 3 }, serverTime: 5 })
})
