// Session tokens: "s1.<base64url(json)>.<base64url(hmac)>". The signature proves the server issued it;
// the session row (checked on every call) decides whether it is still live, so logout revokes at once.
import { createHmac, timingSafeEqual } from 'node:crypto'
import type { SessionTokenClaims, SessionTokens } from '../../ports/session-tokens'

export class HmacSessionTokens implements SessionTokens {
  /** Tokens already checked: skips the HMAC and JSON parse on every request (the session row is still read). */
  private readonly verified = new Map<string, SessionTokenClaims>()

  constructor(private readonly key: Buffer, private readonly cacheSize = 50_000) {}

  private mac(body: string): Buffer {
    return createHmac('sha256', this.key).update(body).digest()
  }

  sign(claims: SessionTokenClaims): string {
    const body = Buffer.from(JSON.stringify({ s: claims.sessionId, a: claims.accountId, e: claims.expiresAt })).toString('base64url')
    return `s1.${body}.${this.mac(body).toString('base64url')}`
  }

  verify(token: string): SessionTokenClaims | null {
    const hit = this.verified.get(token)
    if (hit) return hit
    const claims = this.check(token)
    if (claims) {
      if (this.verified.size >= this.cacheSize) this.verified.clear()
      this.verified.set(token, claims)
    }
    return claims
  }

  private check(token: string): SessionTokenClaims | null {
    const parts = token.split('.')
    if (parts.length !== 3 || parts[0] !== 's1' || parts[1].length > 512) return null
    // Compared as text: base64url's last character carries unused bits, so decoding first would accept
    // several spellings of one MAC (a changed token that still verifies).
    const given = Buffer.from(parts[2])
    const want = Buffer.from(this.mac(parts[1]).toString('base64url'))
    if (given.length !== want.length || !timingSafeEqual(given, want)) return null
    try {
      const { s, a, e } = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'))
      if (typeof s !== 'string' || typeof a !== 'string' || typeof e !== 'number') return null
      return { sessionId: s, accountId: a, expiresAt: e }
    } catch {
      return null
    }
  }
}
