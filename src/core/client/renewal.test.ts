import { renewalReason, RENEW_BEFORE_S } from './renewal'

const now = 1_800_000_000
const held = (status: 'green' | 'yellow' | 'red', leftS: number) => ({ status, expiresAt: now + leftS })

describe('when to fetch a fresh credential', () => {
  it('fetches the first one once the server has a status', () => {
    expect(renewalReason(null, now, 'green')).toBe('missing')
    expect(renewalReason(null, now, undefined)).toBeNull() // offline: nothing to do
    expect(renewalReason(null, now, null)).toBeNull() // not declared yet
  })
  it('renews under two hours before expiry, and after expiry', () => {
    expect(renewalReason(held('green', RENEW_BEFORE_S + 60), now, 'green')).toBeNull()
    expect(renewalReason(held('green', RENEW_BEFORE_S - 60), now, 'green')).toBe('expiring')
    expect(renewalReason(held('green', -10), now, undefined)).toBe('expiring')
  })
  it('renews at once when the server reports another colour', () => {
    expect(renewalReason(held('green', 20 * 3600), now, 'red')).toBe('status-changed')
    expect(renewalReason(held('red', 20 * 3600), now, 'red')).toBeNull()
  })
})
