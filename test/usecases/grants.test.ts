// Relatives' grants as use cases on the real store: a holder grants, a relative requests and an auditor
// confirms in person, either party revokes (the relative's phone loses the code, the holder's keeps it),
// and one person holds live grants for at most 4 others.
import { ReturnCode } from '@core/api/return-codes'
import { grantCode, grantConfirm, grantCreate, grantRequest, grantRevoke, grantStatus } from '@core/api/contract/grants'
import { MAX_HELD_GRANTS } from '@core/api/vocabulary'
import { DAY, HOUR, Kit, openKit, type Person } from '../support/usecase-kit'

let kit: Kit
beforeEach(async () => { kit = await openKit() })
afterEach(() => kit.close())

const view = (otherPhone: string, days = 7) => kit.input(grantCreate, { otherPhone, scope: 'view', purpose: '照看老人', days })

describe('a grant the holder creates', () => {
  it('is active at once and lets the relative see the status, masked, with every use logged', async () => {
    const holder = await kit.citizen({ name: '吴奶奶' })
    const relative = await kit.signIn()
    const grant = await kit.useCases.grants.createGrant.execute(holder.actor, view(relative.phone))
    // The answer names the grant, never either person's account or the phone it binds.
    expect(Object.keys(grant).sort()).toEqual(['createdAt', 'endedAt', 'expiresAt', 'id', 'purpose', 'scope', 'state'])
    expect(grant).toMatchObject({ state: 'active', scope: 'view', expiresAt: kit.clock.now() + 7 * DAY })

    const seen = await kit.useCases.grants.getGrantStatus.execute(relative.actor, kit.input(grantStatus, { grantId: grant.id }))
    expect(seen).toMatchObject({ holder: { name: '吴*' }, status: { status: 'green' } })
    expect(seen.holder.id).toMatch(/^33\*+\d{2}$/)
    const lists = await kit.useCases.grants.listGrants.execute(relative.actor)
    expect(lists).toMatchObject({ given: [], held: [{ id: grant.id, side: 'held', state: 'active', other: { name: '吴*', phone: expect.stringMatching(/^\d{3}\*{4}\d{4}$/) } }] })
    const reads = await kit.c.store.accessReads(holder.actor.accountId, 10)
    expect(reads).toEqual([expect.objectContaining({ actor: relative.actor.accountId, action: 'read.grant', reason: 'view-status' })])

    // A view grant is not a hold grant: no code on the relative's phone.
    await expect(kit.useCases.grants.getGrantCode.execute(relative.actor, kit.input(grantCode, { grantId: grant.id, devicePublicKey: kit.device().publicKeyBase64 })))
      .rejects.toMatchObject({ code: ReturnCode.FORBIDDEN })
    // Past its expiry it shows as expired and lets nothing through.
    kit.clock.advance(7 * DAY)
    expect((await kit.useCases.grants.listGrants.execute(holder.actor)).given[0].state).toBe('expired')
    await expect(kit.useCases.grants.getGrantStatus.execute(relative.actor, kit.input(grantStatus, { grantId: grant.id })))
      .rejects.toMatchObject({ code: ReturnCode.FORBIDDEN })
  })

  it('needs two people, a declared holder, a relative who signed in once, and no such grant already', async () => {
    const holder = await kit.citizen()
    const relative = await kit.signIn()
    const undeclared = await kit.signIn()
    const create = (by: Person, phone: string) => kit.useCases.grants.createGrant.execute(by.actor, view(phone))
    await expect(create(holder, holder.phone)).rejects.toMatchObject({ code: ReturnCode.CONFLICT })
    await expect(create(holder, kit.nextPhone())).rejects.toMatchObject({ code: ReturnCode.NOT_FOUND })
    await expect(create(undeclared, relative.phone)).rejects.toMatchObject({ code: ReturnCode.NOT_DECLARED })
    await create(holder, relative.phone)
    await expect(create(holder, relative.phone)).rejects.toMatchObject({ code: ReturnCode.CONFLICT })
  })
})

describe('a grant a relative requests', () => {
  it('waits for an auditor, then holds a code for the relative\'s phone; revoking it revokes that phone only', async () => {
    const grandma = await kit.citizen({ name: '吴奶奶' })
    const grandson = await kit.signIn()
    const auditor = await kit.staff('auditor')
    const request = await kit.useCases.grants.requestGrant.execute(grandson.actor, kit.input(grantRequest, { otherPhone: grandma.phone, scope: 'hold', purpose: '代为亮码', days: 30 }))
    expect(request.state).toBe('pending')
    const phone = kit.device()
    const codeFor = (p: Person, grantId: string) => kit.useCases.grants.getGrantCode.execute(p.actor, kit.input(grantCode, { grantId, devicePublicKey: phone.publicKeyBase64 }))
    await expect(codeFor(grandson, request.id)).rejects.toMatchObject({ code: ReturnCode.FORBIDDEN })

    const pending = await kit.useCases.grants.listPendingGrants.execute(auditor.actor)
    expect(pending.grants).toEqual([expect.objectContaining({ id: request.id, scope: 'hold', holder: expect.objectContaining({ name: '吴*' }) })])
    const confirmed = await kit.useCases.grants.confirmGrant.execute(auditor.actor, kit.input(grantConfirm, { grantId: request.id, note: '已当面核实户口簿' }))
    expect(confirmed.state).toBe('active')
    await expect(kit.useCases.grants.confirmGrant.execute(auditor.actor, kit.input(grantConfirm, { grantId: request.id, note: '再次确认' })))
      .rejects.toMatchObject({ code: ReturnCode.CONFLICT })
    // Only the relative it was granted to may use it.
    await expect(codeFor(grandma, request.id)).rejects.toMatchObject({ code: ReturnCode.FORBIDDEN })

    const held = await codeFor(grandson, request.id)
    expect(held).toMatchObject({ status: 'green', expiresGrantAt: request.expiresAt })
    expect(await kit.verifyShown(held.credential, phone)).toMatchObject({ valid: true, claims: { name: '吴*', status: 'green' } })

    kit.clock.advance(HOUR)
    const revoked = await kit.useCases.grants.revokeGrant.execute(grandma.actor, kit.input(grantRevoke, { grantId: request.id }))
    expect(revoked).toMatchObject({ state: 'revoked', endedAt: kit.clock.now() })
    await expect(codeFor(grandson, request.id)).rejects.toMatchObject({ code: ReturnCode.FORBIDDEN })
    await expect(kit.useCases.grants.getGrantStatus.execute(grandson.actor, kit.input(grantStatus, { grantId: request.id })))
      .rejects.toMatchObject({ code: ReturnCode.FORBIDDEN })
    expect((await kit.verifyShown(held.credential, phone)).reasons).toEqual(['revoked'])
    expect(await kit.verifyShown(grandma.code!.credential, grandma.device!)).toMatchObject({ valid: true })

    // Ending an ended grant changes nothing (no second revocation entry).
    const entries = (await kit.rows('select id from revocations')).length
    expect((await kit.useCases.grants.revokeGrant.execute(grandson.actor, kit.input(grantRevoke, { grantId: request.id }))).state).toBe('revoked')
    expect(await kit.rows('select id from revocations')).toHaveLength(entries)
    // A stranger cannot end it at all.
    const stranger = await kit.signIn()
    await expect(kit.useCases.grants.revokeGrant.execute(stranger.actor, kit.input(grantRevoke, { grantId: request.id })))
      .rejects.toMatchObject({ code: ReturnCode.NOT_FOUND })
  })
})

describe('the limit of held grants', () => {
  it(`is ${MAX_HELD_GRANTS} live grants per relative; a revoked or expired one frees its place`, async () => {
    const relative = await kit.signIn()
    const holders = []
    for (let i = 0; i < MAX_HELD_GRANTS + 1; i++) holders.push(await kit.citizen({ device: false }))
    const grants = []
    for (const h of holders.slice(0, MAX_HELD_GRANTS)) grants.push(await kit.useCases.grants.createGrant.execute(h.actor, view(relative.phone, 3)))
    const last = holders[MAX_HELD_GRANTS]
    await expect(kit.useCases.grants.createGrant.execute(last.actor, view(relative.phone))).rejects.toMatchObject({ code: ReturnCode.GRANT_LIMIT })
    // A pending request counts as well.
    await expect(kit.useCases.grants.requestGrant.execute(relative.actor, kit.input(grantRequest, { otherPhone: last.phone, scope: 'hold', purpose: '代为亮码', days: 30 })))
      .rejects.toMatchObject({ code: ReturnCode.GRANT_LIMIT })

    await kit.useCases.grants.revokeGrant.execute(relative.actor, kit.input(grantRevoke, { grantId: grants[0].id }))
    const fifth = await kit.useCases.grants.createGrant.execute(last.actor, view(relative.phone, 30))
    expect(fifth.state).toBe('active')
    await expect(kit.useCases.grants.createGrant.execute(holders[0].actor, view(relative.phone))).rejects.toMatchObject({ code: ReturnCode.GRANT_LIMIT })

    // The three-day grants run out; their places are free again without anyone revoking them.
    kit.clock.advance(3 * DAY)
    expect((await kit.useCases.grants.createGrant.execute(holders[0].actor, view(relative.phone))).state).toBe('active')
  })
})
