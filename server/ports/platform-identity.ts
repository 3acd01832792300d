/** Exchanges a platform's one-time login code for the user's stable id on that platform. */
export interface AlipayIdentity {
  userIdFor(authCode: string): Promise<string>
}
