export interface Session {
  id: string
  accountId: string
  platform: string
  createdAt: number
  expiresAt: number
  revokedAt: number | null
}

export interface SessionStore {
  insert(session: Session): Promise<void>
  find(id: string): Promise<Session | null>
  revoke(id: string, at: number): Promise<void>
  revokeAllFor(accountId: string, at: number): Promise<number>
}
