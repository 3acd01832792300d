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
  latestFor(phoneHash: string): Promise<OtpChallenge | null>
  countAttempt(id: string): Promise<void>
  consume(id: string, at: number): Promise<boolean>
}
