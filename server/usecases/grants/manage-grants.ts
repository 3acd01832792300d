// Grants to relatives (亲友代领): a citizen lets another citizen view their status, or hold and show their
// code, for a named purpose until an expiry. The person it concerns confirms it by granting it; for someone
// who cannot, an auditor who checked the relationship in person confirms a relative's request. One person
// holds grants for at most 4 others. Ending a grant revokes the relative's phone's codes, not the holder's own.
import { AppError } from '@core/api/app-error'
import { maskedIdFromEnds, maskPhone } from '@core/identity/masking'
import type { Container } from '../../runtime/container'
import type { Actor } from '../actor'
import type { Grant } from '../../ports/grant-store'
import { newId } from '../../kernel/ids'
import { revokeHolder } from '../credential/revoke-holder'

export const MAX_HELD_GRANTS = 4
const live = (g: Grant, now: number) => (g.state === 'active' || g.state === 'pending') && g.expiresAt > now

/** What a caller learns of a grant it changed: no account ids of either person, no phone binding. */
export const grantView = (g: Grant) => ({ id: g.id, scope: g.scope, purpose: g.purpose, state: g.state, createdAt: g.createdAt, expiresAt: g.expiresAt, endedAt: g.endedAt })

export interface GrantInput { otherPhone: string; scope: Grant['scope']; purpose: string; days: number }

export class ManageGrants {
  constructor(private readonly c: Container) {}

  private async accountByPhone(phone: string): Promise<string> {
    const account = await this.c.store.accounts.findByPhoneHash(this.c.pii.lookupHashes('phone', phone))
    if (!account) throw new AppError('NOT_FOUND', 'the other person must sign in once first')
    return account.id
  }

  private async create(grantorId: string, granteeId: string, input: GrantInput, state: Grant['state'], actor: string): Promise<Grant> {
    const { store, clock } = this.c
    if (grantorId === granteeId) throw new AppError('CONFLICT', 'a grant needs two people')
    const grantor = await store.citizens.find(grantorId)
    if (!grantor) throw new AppError('NOT_DECLARED')
    const now = clock.now()
    const held = (await store.grants.forGrantee(granteeId)).filter(g => live(g, now))
    if (held.length >= MAX_HELD_GRANTS) throw new AppError('GRANT_LIMIT')
    if (held.some(g => g.grantorId === grantorId && g.scope === input.scope)) throw new AppError('CONFLICT', 'such a grant exists')
    const grant: Grant = {
      id: newId(), grantorId, granteeId, region: grantor.region, scope: input.scope, purpose: input.purpose, state,
      confirmedBy: state === 'active' ? 'self' : null, deviceHash: null, createdAt: now, expiresAt: now + input.days * 86400_000, endedAt: null
    }
    await store.transaction(async tx => {
      await tx.grants.create(grant)
      await tx.audit.append({ region: grant.region, actor, action: state === 'active' ? 'grant.create' : 'grant.request', subject: grantorId, data: { grant: grant.id, grantee: granteeId, scope: grant.scope, purpose: grant.purpose, expiresAt: grant.expiresAt } })
    })
    return grant
  }

  /** The holder grants a relative (the holder confirms by doing it). */
  grant(actor: Actor, input: GrantInput): Promise<Grant> {
    return this.accountByPhone(input.otherPhone).then(grantee => this.create(actor.accountId, grantee, input, 'active', actor.accountId))
  }

  /** A relative asks to hold the code of someone who cannot confirm; an auditor confirms in person. */
  request(actor: Actor, input: GrantInput): Promise<Grant> {
    return this.accountByPhone(input.otherPhone).then(grantor => this.create(grantor, actor.accountId, input, 'pending', actor.accountId))
  }

  async confirm(auditor: Actor, grantId: string, note: string): Promise<Grant> {
    const g = await this.c.store.grants.find(grantId)
    if (!g || g.region !== auditor.staff!.region) throw new AppError('NOT_FOUND', 'grant')
    if (g.state !== 'pending') throw new AppError('CONFLICT', `grant is ${g.state}`)
    await this.c.store.transaction(async tx => {
      await tx.grants.update(g.id, { state: 'active', confirmedBy: auditor.accountId })
      await tx.audit.append({ region: g.region, actor: auditor.accountId, action: 'grant.confirm', subject: g.grantorId, reason: note, data: { grant: g.id, grantee: g.granteeId } })
    })
    return { ...g, state: 'active', confirmedBy: auditor.accountId }
  }

  /** Either party ends a grant at any time; a phone that held the code is revoked with one entry. */
  async end(actor: Actor | null, grantId: string, state: 'revoked' | 'expired' = 'revoked'): Promise<Grant> {
    const { store, clock } = this.c
    const g = await store.grants.find(grantId)
    if (!g || (actor && g.grantorId !== actor.accountId && g.granteeId !== actor.accountId)) throw new AppError('NOT_FOUND', 'grant')
    if (g.state === 'revoked' || g.state === 'expired') return g
    const now = clock.now()
    await store.transaction(async tx => {
      await tx.grants.update(g.id, { state, endedAt: now })
      if (g.deviceHash) await revokeHolder(tx, { region: g.region, accountId: g.grantorId, device: g.deviceHash, nowMs: now, reason: `grant:${state}` }, this.c.pseudonymOf)
      await tx.audit.append({ region: g.region, actor: actor?.accountId ?? 'system', action: `grant.${state}`, subject: g.grantorId, data: { grant: g.id, grantee: g.granteeId } })
    })
    return { ...g, state, endedAt: now }
  }

  /** Requests awaiting an auditor's in-person check, both people masked (a staff read, logged). */
  async pending(auditor: Actor) {
    const { store, pii } = this.c
    const region = auditor.staff!.region
    const grants = (await store.grants.pendingIn(region)).filter(g => g.expiresAt > this.c.clock.now())
    await store.audit.append({ region, actor: auditor.accountId, action: 'read.queue', subject: null, data: { pendingGrants: grants.length } })
    const person = async (id: string) => {
      const [account, citizen] = await Promise.all([store.accounts.findById(id), store.citizens.find(id)])
      return { name: citizen ? citizen.surname + '*' : null, id: citizen ? maskedIdFromEnds(citizen.idEnds) : null, phone: account?.phoneEnc ? maskPhone(pii.open(account.phoneEnc)) : null }
    }
    return { grants: await Promise.all(grants.map(async g => ({ id: g.id, scope: g.scope, purpose: g.purpose, createdAt: g.createdAt, expiresAt: g.expiresAt, holder: await person(g.grantorId), relative: await person(g.granteeId) }))) }
  }

  async expireDue(): Promise<number> {
    const due = await this.c.store.grants.expiredBefore(this.c.clock.now())
    for (const g of due) await this.end(null, g.id, 'expired')
    return due.length
  }

  async list(actor: Actor) {
    const { store, pii } = this.c
    const now = this.c.clock.now()
    const [given, held] = await Promise.all([store.grants.forGrantor(actor.accountId), store.grants.forGrantee(actor.accountId)])
    const other = async (id: string) => {
      const [account, citizen] = await Promise.all([store.accounts.findById(id), store.citizens.find(id)])
      return { name: citizen ? citizen.surname + '*' : null, phone: account?.phoneEnc ? maskPhone(pii.open(account.phoneEnc)) : null }
    }
    const view = async (g: Grant, side: 'given' | 'held') => ({
      id: g.id, side, scope: g.scope, purpose: g.purpose, state: g.state === 'active' && g.expiresAt <= now ? 'expired' : g.state,
      createdAt: g.createdAt, expiresAt: g.expiresAt, other: await other(side === 'given' ? g.granteeId : g.grantorId)
    })
    return { given: await Promise.all(given.map(g => view(g, 'given'))), held: await Promise.all(held.map(g => view(g, 'held'))) }
  }

  /** A live grant of the caller as grantee, for a scope; every use is a logged read of the holder's data. */
  async use(actor: Actor, grantId: string, scopes: Grant['scope'][], purpose: string): Promise<Grant> {
    const g = await this.c.store.grants.find(grantId)
    const now = this.c.clock.now()
    if (!g || g.granteeId !== actor.accountId || g.state !== 'active' || g.expiresAt <= now || !scopes.includes(g.scope)) throw new AppError('FORBIDDEN', 'no live grant')
    await this.c.store.audit.append({ region: g.region, actor: actor.accountId, action: 'read.grant', subject: g.grantorId, reason: purpose, data: { grant: g.id, scope: g.scope } })
    return g
  }
}
