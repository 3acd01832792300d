// Relatives' grants as use cases on the real store. A grant is two-sided: the holder offers it
// (grant-create) or a relative asks for it (grant-request), naming the other person by phone, and it is
// pending until that person accepts in their app (grant-accept) or an auditor confirms it in person. Until
// then nothing the opener is told depends on who has that number; only the person it waits for may answer
// it, the opener may withdraw it. Either party revokes an active grant (the relative's phone loses the
// code, the holder's keeps it); one person holds live grants for at most 4 others; one account opens at
// most GRANT_OPENS_PER_DAY grants a day.
import { ReturnCode } from '@core/api/return-codes'
import { grantAccept, grantCode, grantConfirm, grantCreate, grantDecline, grantRequest, grantRevoke, grantStatus, type GrantSummary } from '@core/api/contract/grants'
import { MAX_HELD_GRANTS } from '@core/api/vocabulary'
import { DAY, HOUR, Kit, openKit, type Person } from '../support/usecase-kit'

let kit: Kit
beforeEach(async () => { kit = await openKit() })
afterEach(() => kit.close())

const view = (otherPhone: string, days = 7) => kit.input(grantCreate, { otherPhone, scope: 'view', purpose: '照看老人', days })
const hold = (otherPhone: string, days = 30) => kit.input(grantRequest, { otherPhone, scope: 'hold', purpose: '代为亮码', days })
const offer = (by: Person, phone: string, days = 7) => kit.useCases.grants.createGrant.execute(by.actor, view(phone, days))
const ask = (by: Person, phone: string) => kit.useCases.grants.requestGrant.execute(by.actor, hold(phone))
const accept = (by: Person, grantId: string) => kit.useCases.grants.acceptGrant.execute(by.actor, kit.input(grantAccept, { grantId }))
const decline = (by: Person, grantId: string) => kit.useCases.grants.declineGrant.execute(by.actor, kit.input(grantDecline, { grantId }))
const revoke = (by: Person, grantId: string) => kit.useCases.grants.revokeGrant.execute(by.actor, kit.input(grantRevoke, { grantId }))
const list = (by: Person) => kit.useCases.grants.listGrants.execute(by.actor)
const notices = (by: Person) => kit.c.store.notices.list(by.actor.accountId, 50)
const masked = (phone: string) => `${phone.slice(0, 3)}****${phone.slice(-4)}`
/** An answer with what differs by call (ids, times) replaced, to compare answers' code and whole shape. */
const normalised = (g: GrantSummary) => ({ ...g, id: '<id>', createdAt: '<t>', expiresAt: '<t>' })

describe('an offer the holder makes', () => {
  it('waits for the relative, who accepts it in their app; only then does either see the other, and both histories show it', async () => {
    const holder = await kit.citizen({ name: '吴奶奶' })
    const relative = await kit.signIn()
    const grant = await offer(holder, relative.phone)
    // The answer names the grant, never either person's account or the phone it binds.
    expect(Object.keys(grant).sort()).toEqual(['createdAt', 'endedAt', 'expiresAt', 'id', 'purpose', 'scope', 'state'])
    expect(grant).toMatchObject({ state: 'pending', scope: 'view', expiresAt: kit.clock.now() + 7 * DAY })

    // The holder sees what she typed, masked, waiting; the relative sees her number masked, and no name.
    expect(await list(holder)).toEqual({ given: [expect.objectContaining({ id: grant.id, state: 'pending', waitingFor: 'other', other: { name: null, phone: masked(relative.phone) } })], held: [], incoming: [] })
    expect(await list(relative)).toEqual({ given: [], held: [], incoming: [expect.objectContaining({ id: grant.id, side: 'held', state: 'pending', waitingFor: 'me', other: { name: null, phone: masked(holder.phone) } })] })
    expect((await notices(relative)).map(n => [n.kind, n.text.title.zh])).toEqual([['grant', '亲友代领：有人向您发出授权']])
    expect((await notices(relative))[0].text.body.zh).toContain(masked(holder.phone))
    // Not yet a grant to use.
    await expect(kit.useCases.grants.getGrantStatus.execute(relative.actor, kit.input(grantStatus, { grantId: grant.id }))).rejects.toMatchObject({ code: ReturnCode.FORBIDDEN })

    kit.clock.advance(HOUR)
    expect(await accept(relative, grant.id)).toMatchObject({ id: grant.id, state: 'active' })
    const seen = await kit.useCases.grants.getGrantStatus.execute(relative.actor, kit.input(grantStatus, { grantId: grant.id }))
    expect(seen).toMatchObject({ holder: { name: '吴*' }, status: { status: 'green' } })
    expect(seen.holder.id).toMatch(/^33\*+\d{2}$/)
    expect(await list(relative)).toMatchObject({ given: [], incoming: [], held: [{ id: grant.id, side: 'held', state: 'active', waitingFor: null, other: { name: '吴*', phone: masked(holder.phone) } }] })
    expect((await list(holder)).given).toEqual([expect.objectContaining({ state: 'active', other: { name: null, phone: masked(relative.phone) } })])
    expect((await notices(holder)).map(n => n.text.title.zh)).toEqual(['亲友代领：授权已生效'])

    // Both access histories show the answer, each naming the other person; the holder's also the view.
    const holderLog = (await kit.useCases.citizen.getAccessLog.execute(holder.actor)).entries
    expect(holderLog).toEqual([
      expect.objectContaining({ kind: 'relative', who: masked(relative.phone), purpose: 'view-status' }),
      expect.objectContaining({ kind: 'relative', who: masked(relative.phone), purpose: 'grant-accept' })
    ])
    expect((await kit.useCases.citizen.getAccessLog.execute(relative.actor)).entries).toEqual([expect.objectContaining({ kind: 'relative', who: masked(holder.phone), purpose: 'grant-accept' })])

    // A view grant is not a hold grant: no code on the relative's phone.
    await expect(kit.useCases.grants.getGrantCode.execute(relative.actor, kit.input(grantCode, { grantId: grant.id, devicePublicKey: kit.device().publicKeyBase64 })))
      .rejects.toMatchObject({ code: ReturnCode.FORBIDDEN })
    // Past its expiry it shows as expired and lets nothing through.
    kit.clock.advance(7 * DAY)
    expect((await list(holder)).given[0].state).toBe('expired')
    await expect(kit.useCases.grants.getGrantStatus.execute(relative.actor, kit.input(grantStatus, { grantId: grant.id }))).rejects.toMatchObject({ code: ReturnCode.FORBIDDEN })
  })

  it('gets the same answer, and shows the holder the same, for every number: a declared person, one who never declared, one never used', async () => {
    const holder = await kit.citizen()
    const declared = await kit.citizen({ device: false })
    const undeclared = await kit.signIn()
    const unused = kit.nextPhone()
    const answers = [await offer(holder, declared.phone), await offer(holder, undeclared.phone), await offer(holder, unused)]
    expect(answers.map(normalised)).toEqual([normalised(answers[0]), normalised(answers[0]), normalised(answers[0])])
    const asked = [await ask(holder, declared.phone), await ask(holder, undeclared.phone), await ask(holder, unused)]
    expect(asked.map(normalised)).toEqual([normalised(asked[0]), normalised(asked[0]), normalised(asked[0])])

    const mine = await list(holder)
    const shape = (v: { other: { name: string | null; phone: string | null } }) => ({ ...v, id: '<id>', createdAt: '<t>', expiresAt: '<t>', other: { ...v.other, phone: '<typed>' } })
    expect(new Set(mine.given.map(v => JSON.stringify(shape(v)))).size).toBe(1)
    expect(new Set(mine.held.map(v => JSON.stringify(shape(v)))).size).toBe(1)
    expect(mine.given.map(v => v.other.phone).sort()).toEqual([declared.phone, undeclared.phone, unused].map(masked).sort())
    expect(mine.incoming).toEqual([])
    expect(await notices(holder)).toEqual([])
    expect((await kit.useCases.citizen.getAccessLog.execute(holder.actor)).entries).toEqual([])
  })

  it('reaches a number that had no account once it signs in, and they can accept it', async () => {
    const holder = await kit.citizen({ name: '吴奶奶' })
    const phone = kit.nextPhone()
    const grant = await offer(holder, phone)
    const relative = await kit.signIn(phone)
    expect((await list(relative)).incoming).toEqual([expect.objectContaining({ id: grant.id, waitingFor: 'me' })])
    expect((await accept(relative, grant.id)).state).toBe('active')
    expect((await list(relative)).held).toEqual([expect.objectContaining({ id: grant.id, other: expect.objectContaining({ name: '吴*' }) })])
  })
})

describe('a request a relative makes', () => {
  it('waits for the holder, who accepts it in her app', async () => {
    const grandma = await kit.citizen({ name: '吴奶奶' })
    const grandson = await kit.signIn()
    const request = await ask(grandson, grandma.phone)
    expect(request.state).toBe('pending')
    expect(await list(grandson)).toEqual({ given: [], incoming: [], held: [expect.objectContaining({ id: request.id, state: 'pending', waitingFor: 'other', other: { name: null, phone: masked(grandma.phone) } })] })
    expect((await list(grandma)).incoming).toEqual([expect.objectContaining({ id: request.id, side: 'given', waitingFor: 'me', other: { name: null, phone: masked(grandson.phone) } })])
    expect((await notices(grandma)).map(n => n.text.title.zh)).toContain('亲友代领：有人申请代领')

    expect((await accept(grandma, request.id)).state).toBe('active')
    const phone = kit.device()
    const held = await kit.useCases.grants.getGrantCode.execute(grandson.actor, kit.input(grantCode, { grantId: request.id, devicePublicKey: phone.publicKeyBase64 }))
    expect(await kit.verifyShown(held.credential, phone)).toMatchObject({ valid: true, claims: { name: '吴*', status: 'green' } })
    expect((await notices(grandson)).map(n => n.text.title.zh)).toEqual(['亲友代领：授权已生效'])
  })

  it('for someone who cannot answer, an auditor confirms in person; the relative then holds a code for his phone; revoking it revokes that phone only', async () => {
    const grandma = await kit.citizen({ name: '吴奶奶' })
    const grandson = await kit.signIn()
    const auditor = await kit.staff('auditor')
    const request = await ask(grandson, grandma.phone)
    const phone = kit.device()
    const codeFor = (p: Person, grantId: string) => kit.useCases.grants.getGrantCode.execute(p.actor, kit.input(grantCode, { grantId, devicePublicKey: phone.publicKeyBase64 }))
    await expect(codeFor(grandson, request.id)).rejects.toMatchObject({ code: ReturnCode.FORBIDDEN })

    const pending = await kit.useCases.grants.listPendingGrants.execute(auditor.actor)
    expect(pending.grants).toEqual([expect.objectContaining({ id: request.id, openedBy: 'relative', scope: 'hold', holder: expect.objectContaining({ name: '吴*', phone: masked(grandma.phone) }), relative: expect.objectContaining({ phone: masked(grandson.phone) }) })])
    const confirmed = await kit.useCases.grants.confirmGrant.execute(auditor.actor, kit.input(grantConfirm, { grantId: request.id, note: '已当面核实户口簿' }))
    expect(confirmed.state).toBe('active')
    await expect(kit.useCases.grants.confirmGrant.execute(auditor.actor, kit.input(grantConfirm, { grantId: request.id, note: '再次确认' }))).rejects.toMatchObject({ code: ReturnCode.CONFLICT })
    // Both histories show the auditor's confirmation.
    for (const p of [grandma, grandson]) {
      expect((await kit.useCases.citizen.getAccessLog.execute(p.actor)).entries).toContainEqual(expect.objectContaining({ kind: 'staff', purpose: 'grant-confirm', who: expect.stringContaining('(auditor)') }))
    }
    // Only the relative it was granted to may use it.
    await expect(codeFor(grandma, request.id)).rejects.toMatchObject({ code: ReturnCode.FORBIDDEN })
    const held = await codeFor(grandson, request.id)
    expect(held).toMatchObject({ status: 'green', expiresGrantAt: request.expiresAt })
    expect(await kit.verifyShown(held.credential, phone)).toMatchObject({ valid: true, claims: { name: '吴*', status: 'green' } })

    kit.clock.advance(HOUR)
    expect(await revoke(grandma, request.id)).toMatchObject({ state: 'revoked', endedAt: kit.clock.now() })
    await expect(codeFor(grandson, request.id)).rejects.toMatchObject({ code: ReturnCode.FORBIDDEN })
    expect((await kit.verifyShown(held.credential, phone)).reasons).toEqual(['revoked'])
    expect(await kit.verifyShown(grandma.code!.credential, grandma.device!)).toMatchObject({ valid: true })
    // Ending an ended grant changes nothing (no second revocation entry).
    const entries = (await kit.rows('select id from revocations')).length
    expect((await revoke(grandson, request.id)).state).toBe('revoked')
    expect(await kit.rows('select id from revocations')).toHaveLength(entries)
    // A stranger cannot end it at all.
    await expect(revoke(await kit.signIn(), request.id)).rejects.toMatchObject({ code: ReturnCode.NOT_FOUND })
  })

  it('towards a number with no account: filed under the host\'s region, the auditor sees only the number, and cannot confirm until that person has signed in and declared', async () => {
    const grandson = await kit.signIn()
    const auditor = await kit.staff('auditor')
    const phone = kit.nextPhone()
    const request = await ask(grandson, phone)
    expect((await kit.useCases.grants.listPendingGrants.execute(auditor.actor)).grants)
      .toEqual([expect.objectContaining({ id: request.id, holder: { name: null, id: null, phone: masked(phone) }, relative: expect.objectContaining({ phone: masked(grandson.phone) }) })])
    const confirm = () => kit.useCases.grants.confirmGrant.execute(auditor.actor, kit.input(grantConfirm, { grantId: request.id, note: '已当面核实' }))
    await expect(confirm()).rejects.toMatchObject({ code: ReturnCode.NOT_FOUND })
    await kit.signIn(phone)
    await expect(confirm()).rejects.toMatchObject({ code: ReturnCode.NOT_DECLARED })
    await kit.citizen({ phone, name: '吴奶奶' })
    expect((await confirm()).state).toBe('active')
    expect((await list(grandson)).held).toEqual([expect.objectContaining({ id: request.id, state: 'active', other: expect.objectContaining({ name: '吴*' }) })])
  })

  it('an auditor cannot confirm a grant of their own', async () => {
    const auditor = await kit.staff('auditor')
    const grandma = await kit.citizen()
    const request = await ask(auditor, grandma.phone)
    await expect(kit.useCases.grants.confirmGrant.execute(auditor.actor, kit.input(grantConfirm, { grantId: request.id, note: '自己核实自己' })))
      .rejects.toMatchObject({ code: ReturnCode.CONFLICT })
  })
})

describe('answering', () => {
  it('only the person it waits for may accept or decline; the opener may withdraw; a stranger learns nothing', async () => {
    const holder = await kit.citizen()
    const relative = await kit.signIn()
    const stranger = await kit.signIn()
    const grant = await offer(holder, relative.phone)
    for (const answer of [accept, decline]) {
      await expect(answer(stranger, grant.id)).rejects.toMatchObject({ code: ReturnCode.NOT_FOUND })
      await expect(answer(holder, grant.id)).rejects.toMatchObject({ code: ReturnCode.CONFLICT })
    }
    // The person it waits for is not a party yet: they decline rather than revoke.
    await expect(revoke(relative, grant.id)).rejects.toMatchObject({ code: ReturnCode.NOT_FOUND })
    await expect(revoke(stranger, grant.id)).rejects.toMatchObject({ code: ReturnCode.NOT_FOUND })

    // The holder withdraws it: gone from the relative's incoming, and no longer answerable.
    expect((await revoke(holder, grant.id)).state).toBe('revoked')
    expect((await list(relative)).incoming).toEqual([])
    await expect(accept(relative, grant.id)).rejects.toMatchObject({ code: ReturnCode.CONFLICT })
    expect((await list(holder)).given).toEqual([expect.objectContaining({ state: 'revoked', other: { name: null, phone: masked(relative.phone) } })])
  })

  it('a decline ends it: the opener sees "declined" and the number typed, never a name; both histories show it', async () => {
    const holder = await kit.citizen()
    const relative = await kit.citizen({ name: '李小明', device: false })
    const grant = await offer(holder, relative.phone)
    expect(await decline(relative, grant.id)).toMatchObject({ state: 'declined', endedAt: kit.clock.now() })
    expect((await list(holder)).given).toEqual([expect.objectContaining({ id: grant.id, state: 'declined', waitingFor: null, other: { name: null, phone: masked(relative.phone) } })])
    expect(await list(relative)).toMatchObject({ incoming: [], held: [{ id: grant.id, state: 'declined', other: { name: null, phone: masked(holder.phone) } }] })
    await expect(accept(relative, grant.id)).rejects.toMatchObject({ code: ReturnCode.CONFLICT })
    expect((await kit.useCases.citizen.getAccessLog.execute(holder.actor)).entries).toEqual([expect.objectContaining({ who: masked(relative.phone), purpose: 'grant-decline' })])
    expect((await kit.useCases.citizen.getAccessLog.execute(relative.actor)).entries).toEqual([expect.objectContaining({ who: masked(holder.phone), purpose: 'grant-decline' })])
    // A declined offer is not live: the holder may offer again.
    expect((await offer(holder, relative.phone)).state).toBe('pending')
  })

  it('refuses, on the caller\'s own data only: a grant to oneself, an undeclared holder\'s offer, the same grant twice', async () => {
    const holder = await kit.citizen()
    const undeclared = await kit.signIn()
    const relative = await kit.signIn()
    await expect(offer(holder, holder.phone)).rejects.toMatchObject({ code: ReturnCode.CONFLICT })
    await expect(ask(holder, holder.phone)).rejects.toMatchObject({ code: ReturnCode.CONFLICT })
    await expect(offer(undeclared, relative.phone)).rejects.toMatchObject({ code: ReturnCode.NOT_DECLARED })
    await offer(holder, relative.phone)
    await expect(offer(holder, relative.phone)).rejects.toMatchObject({ code: ReturnCode.CONFLICT })
    // As much for a number nobody uses: the duplicate is of what the caller typed, not of who has it.
    const unused = kit.nextPhone()
    await offer(holder, unused)
    await expect(offer(holder, unused)).rejects.toMatchObject({ code: ReturnCode.CONFLICT })
    // The other scope is another grant.
    expect((await kit.useCases.grants.createGrant.execute(holder.actor, kit.input(grantCreate, { otherPhone: unused, scope: 'hold', purpose: '代为亮码', days: 7 }))).state).toBe('pending')
    // A request waits for a holder who has not declared: she must declare before accepting.
    const request = await ask(relative, undeclared.phone)
    await expect(accept(undeclared, request.id)).rejects.toMatchObject({ code: ReturnCode.NOT_DECLARED })
  })
})

describe('the daily limit of grants opened', () => {
  it('counts offers and requests together, withdrawn ones too, over 24 hours', async () => {
    const limit = kit.c.config.grants.opensPerDay
    const holder = await kit.citizen()
    const opened: GrantSummary[] = []
    // A few requests (each takes one of the caller's held places) and offers for the rest.
    for (let i = 0; i < limit; i++) opened.push(await (i < 2 ? ask(holder, kit.nextPhone()) : offer(holder, kit.nextPhone())))
    await revoke(holder, opened[0].id)
    await expect(offer(holder, kit.nextPhone())).rejects.toMatchObject({ code: ReturnCode.RATE_LIMITED })
    await expect(ask(holder, kit.nextPhone())).rejects.toMatchObject({ code: ReturnCode.RATE_LIMITED })
    // Another account is not affected; the holder may open again a day later.
    expect((await offer(await kit.citizen({ device: false }), kit.nextPhone())).state).toBe('pending')
    kit.clock.advance(DAY)
    expect((await offer(holder, kit.nextPhone())).state).toBe('pending')
  })
})

describe('the limit of held grants', () => {
  it(`is ${MAX_HELD_GRANTS} live grants per relative, checked when the relative acts; a revoked or expired one frees its place`, async () => {
    const relative = await kit.signIn()
    const holders = []
    for (let i = 0; i < MAX_HELD_GRANTS + 1; i++) holders.push(await kit.citizen({ device: false }))
    const grants = []
    for (const h of holders.slice(0, MAX_HELD_GRANTS)) {
      const g = await offer(h, relative.phone, 3)
      await accept(relative, g.id)
      grants.push(g)
    }
    // The fifth holder's offer gets the same answer as any: whether the relative's places are taken is theirs to know.
    const last = holders[MAX_HELD_GRANTS]
    const fifth = await offer(last, relative.phone, 30)
    expect(fifth.state).toBe('pending')
    await expect(accept(relative, fifth.id)).rejects.toMatchObject({ code: ReturnCode.GRANT_LIMIT })
    // A request of the relative's own counts as well.
    await expect(ask(relative, last.phone)).rejects.toMatchObject({ code: ReturnCode.GRANT_LIMIT })

    await revoke(relative, grants[0].id)
    expect((await accept(relative, fifth.id)).state).toBe('active')
    const again = await offer(holders[0], relative.phone)
    await expect(accept(relative, again.id)).rejects.toMatchObject({ code: ReturnCode.GRANT_LIMIT })

    // The three-day grants run out; their places are free again without anyone revoking them.
    kit.clock.advance(3 * DAY)
    expect((await accept(relative, again.id)).state).toBe('active')
  })

  it('a pending request takes its place, so the holder accepting it is never refused for the relative\'s sake', async () => {
    const relative = await kit.signIn()
    const holders = []
    for (let i = 0; i < MAX_HELD_GRANTS; i++) holders.push(await kit.citizen({ device: false }))
    const requests = []
    for (const h of holders) requests.push(await ask(relative, h.phone))
    const other = await kit.citizen({ device: false })
    const offered = await offer(other, relative.phone)
    await expect(accept(relative, offered.id)).rejects.toMatchObject({ code: ReturnCode.GRANT_LIMIT })
    for (const [i, h] of holders.entries()) expect((await accept(h, requests[i].id)).state).toBe('active')
  })
})
