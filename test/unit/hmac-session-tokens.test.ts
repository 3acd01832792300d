// Session tokens: exactly one spelling of each token verifies.
import { randomBytes } from 'node:crypto'
import { HmacSessionTokens } from '../../server/adapters/crypto/hmac-session-tokens'

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'

describe('HmacSessionTokens', () => {
  const tokens = new HmacSessionTokens(randomBytes(32))
  const claims = { sessionId: 'f0e1d2c3-0000-4000-8000-000000000001', accountId: 'a-1', expiresAt: 1_900_000_000_000 }

  it('verifies its own token and reads the claims back', () => {
    expect(tokens.verify(tokens.sign(claims))).toEqual(claims)
  })

  it('refuses every other last character, even ones that decode to the same MAC bytes', () => {
    const token = tokens.sign(claims)
    const last = token.slice(-1)
    const accepted = [...ALPHABET].filter(c => c !== last && tokens.verify(token.slice(0, -1) + c) !== null)
    expect(accepted).toEqual([])
  })

  it('refuses a changed body, another key’s token, and malformed text', () => {
    const token = tokens.sign(claims)
    const [, body, mac] = token.split('.')
    const otherBody = Buffer.from(JSON.stringify({ s: claims.sessionId, a: 'a-2', e: claims.expiresAt })).toString('base64url')
    expect(tokens.verify(`s1.${otherBody}.${mac}`)).toBeNull()
    expect(tokens.verify(new HmacSessionTokens(randomBytes(32)).sign(claims))).toBeNull()
    for (const bad of ['', 's1', `s2.${body}.${mac}`, `s1.${body}`, `s1.${body}.${mac}.x`, `s1.${body}.${mac}=`]) expect(tokens.verify(bad)).toBeNull()
  })
})
