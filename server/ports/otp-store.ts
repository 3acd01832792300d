export interface OtpChallenge {
  id: string
  phoneHash: string
  codeHash: string
  createdAt: number
  expiresAt: number
  attempts: number
  consumedAt: number | null
}

export interface OtpStore {
  insert(challenge: OtpChallenge): Promise<void>
  /** The newest challenge stored under any of these hashes of the number. */
  latestFor(phoneHashes: string | string[]): Promise<OtpChallenge | null>
  countAttempt(id: string): Promise<void>
  consume(id: string, at: number): Promise<boolean>
}
