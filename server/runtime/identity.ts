// Resolves the caller. On our host: the `Authorization: Bearer` session token, checked against its live
// session row. On WeChat's cloud: OPENID from wx-server-sdk's getWXContext(), which WeChat injects and
// the client cannot forge. The request body is never consulted.
import { AppError } from '@core/api/app-error'
import type { Container } from './container'
import type { Actor, Platform } from '../usecases/actor'
import { newId } from '../kernel/ids'

export interface HostContext {
  via: 'host'
  authorization?: string
  platform: Platform
  ip: string
  locale?: string
  requestId: string
}

export async function actorFromSession(c: Container, authorization: string | undefined, platform: Platform): Promise<Actor | null> {
  if (!authorization) return null
  const m = /^Bearer\s+(\S+)$/.exec(authorization)
  if (!m) throw new AppError('UNAUTHENTICATED', 'malformed authorization header')
  const claims = c.tokens.verify(m[1])
  if (!claims) throw new AppError('UNAUTHENTICATED', 'session token not valid')
  const now = c.clock.now()
  const session = await c.store.sessions.resolve(claims.sessionId)
  if (!session || session.accountId !== claims.accountId || session.revokedAt !== null) throw new AppError('SESSION_EXPIRED', 'session ended')
  if (session.expiresAt <= now) throw new AppError('SESSION_EXPIRED', 'session expired')
  if (session.accountStatus !== 'active') throw new AppError('ACCOUNT_DISABLED')
  const staff = session.staff && session.staff.status === 'active' ? session.staff : null
  return { accountId: session.accountId, sessionId: session.id, platform, staff: staff ? { role: staff.role, region: staff.region, pointId: staff.pointId } : null }
}

export async function actorForAccount(c: Container, accountId: string, sessionId: string | null, platform: Platform): Promise<Actor> {
  const account = await c.store.accounts.findById(accountId)
  if (!account) throw new AppError('UNAUTHENTICATED', 'no such account')
  if (account.status !== 'active') throw new AppError('ACCOUNT_DISABLED')
  const staff = await c.store.staff.find(accountId)
  return {
    accountId, sessionId, platform,
    staff: staff && staff.status === 'active' ? { role: staff.role, region: staff.region, pointId: staff.pointId } : null
  }
}

/** WeChat: the account bound to this OPENID; a first call creates a citizen account for it. */
export async function actorFromOpenid(c: Container, openid: string): Promise<Actor> {
  const hash = c.pii.lookupHash('openid', openid)
  let account = await c.store.accounts.findByPlatformHash('wx', c.pii.lookupHashes('openid', openid))
  if (!account) {
    const id = newId()
    await c.store.accounts.create({ id, status: 'active', phoneEnc: null, createdAt: c.clock.now(), phoneHash: null, wxOpenidHash: hash, wxOpenidEnc: c.pii.seal(openid) })
    account = await c.store.accounts.findById(id)
  }
  return actorForAccount(c, (account as { id: string }).id, null, 'weapp')
}
