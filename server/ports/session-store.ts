export interface Session {
  id: string
  accountId: string
  platform: string
  createdAt: number
  expiresAt: number
  revokedAt: number | null
}

/** A session with what the caller's identity needs, read together (every request does this). */
export interface ResolvedSession extends Session {
  accountStatus: 'active' | 'disabled'
  staff: { role: 'verifier' | 'auditor' | 'admin'; region: string; pointId: string | null; status: 'active' | 'disabled' | 'pending' } | null
}

export interface SessionStore {
  resolve(id: string): Promise<ResolvedSession | null>
  insert(session: Session): Promise<void>
  find(id: string): Promise<Session | null>
  revoke(id: string, at: number): Promise<void>
  revokeAllFor(accountId: string, at: number): Promise<number>
}
