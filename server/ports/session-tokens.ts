/** Server-signed session tokens; the session row decides whether a valid signature is still live. */
export interface SessionTokenClaims {
  sessionId: string
  accountId: string
  expiresAt: number
}

export interface SessionTokens {
  sign(claims: SessionTokenClaims): string
  verify(token: string): SessionTokenClaims | null
}
