// Dual control that one person cannot fake, as use cases on the real store: a grant of staff power waits
// for a second, independent admin; the two people of every dual-controlled act (staff approval, import,
// manual status change) must have independent origins; bursts of new staff stop and alarm; the operator
// makes a region's two founding admins and no more without a logged reason.
import { ReturnCode } from '@core/api/return-codes'
import { staffApprove, staffCreate, staffReject, staffUpdate } from '@core/api/contract/staff'
import { importApprove, importPreview } from '@core/api/contract/imports'
import { alarmResolve, statusChangeApprove, statusChangeRequest } from '@core/api/contract/review'
import { CreateFirstAdmin } from '../../server/usecases/staff/create-first-admin'
import { dependenceBetween } from '../../server/usecases/staff/independent-origins'
import { DAY, HOUR, Kit, openKit, type Person } from '../support/usecase-kit'

let kit: Kit
beforeEach(async () => { kit = await openKit() })
afterEach(() => kit.close())

const staff = () => kit.useCases.staff
const create = (by: Person, role: 'auditor' | 'admin' | 'verifier', phone = kit.nextPhone(), pointId: string | null = null) =>
  staff().createStaff.execute(by.actor, kit.input(staffCreate, { phone, displayName: `新${role}`, role, pointId }))
const approve = (by: Person, requestId: string) => staff().approveStaff.execute(by.actor, kit.input(staffApprove, { requestId }))
const refresh = async (p: Person): Promise<Person> => ({ ...p, actor: await kit.actorOf(p.token) })
const origins = (p: Person) => kit.c.store.staff.originsOf(p.actor.accountId)
const RULE = { coolingOffMs: 30 * DAY }
const dependence = async (a: Person, b: Person) =>
  dependenceBetween({ accountId: a.actor.accountId, origins: await origins(a) }, { accountId: b.actor.accountId, origins: await origins(b) }, kit.clock.now(), RULE)

describe('a grant of staff power', () => {
  it('leaves a new auditor without staff power until a second admin approves; the creator cannot approve it', async () => {
    const [first, second] = [await kit.admin(), await kit.secondAdmin()]
    const phone = kit.nextPhone()
    const made = await create(first, 'auditor', phone)
    expect(made).toMatchObject({ status: 'pending', createdBy: first.actor.accountId, approvedBy: null, request: { kind: 'create', role: 'auditor', state: 'pending', mine: true } })
    const auditor = await kit.signIn(phone)
    expect(auditor.actor.staff).toBeNull()
    expect((await staff().listStaff.execute(second.actor)).staff.find(s => s.staffId === made.staffId)!.request).toMatchObject({ mine: false, requestedByName: '管理员一' })

    await expect(approve(first, made.request!.requestId)).rejects.toMatchObject({ code: ReturnCode.SECOND_APPROVER_REQUIRED })
    expect((await refresh(auditor)).actor.staff).toBeNull()

    kit.clock.advance(HOUR)
    const approved = await approve(second, made.request!.requestId)
    expect(approved).toMatchObject({ status: 'active', role: 'auditor', approvedBy: second.actor.accountId, approvedAt: kit.clock.now(), request: null })
    // The power starts with a fresh sign-in (a staff session), never in the session opened before.
    await expect(kit.actorOf(auditor.token)).rejects.toMatchObject({ code: ReturnCode.SESSION_EXPIRED })
    expect((await kit.signIn(phone)).actor.staff).toMatchObject({ role: 'auditor', region: kit.region })
    await expect(approve(second, made.request!.requestId)).rejects.toMatchObject({ code: ReturnCode.CONFLICT })
    const log = await kit.rows<{ action: string; actor: string }>(`select action, actor from audit_log where subject = '${made.staffId}' order by seq`)
    expect(log).toEqual([
      { action: 'staff.create', actor: first.actor.accountId }, { action: 'staff.request', actor: first.actor.accountId }, { action: 'staff.approve', actor: second.actor.accountId }
    ])
  })

  it('rejected, leaves the member disabled; enabling again is a new request; the requester may withdraw their own', async () => {
    const [first, second] = [await kit.admin(), await kit.secondAdmin()]
    const made = await create(first, 'auditor')
    const rejected = await staff().rejectStaff.execute(second.actor, kit.input(staffReject, { requestId: made.request!.requestId, reason: '身份未核实' }))
    expect(rejected).toMatchObject({ status: 'disabled', request: null })
    const again = await staff().updateStaff.execute(first.actor, kit.input(staffUpdate, { staffId: made.staffId, status: 'active' }))
    expect(again).toMatchObject({ status: 'disabled', request: { kind: 'enable', role: 'auditor', mine: true } })
    const withdrawn = await staff().rejectStaff.execute(first.actor, kit.input(staffReject, { requestId: again.request!.requestId }))
    expect(withdrawn).toMatchObject({ status: 'disabled', request: null })
  })

  it('a new role with more power waits (the old role stays); disabling and moving a verifier take effect at once', async () => {
    const [first, second] = [await kit.admin(), await kit.secondAdmin()]
    let verifier = await kit.staff('verifier')
    const promoted = await staff().updateStaff.execute(first.actor, kit.input(staffUpdate, { staffId: verifier.actor.accountId, role: 'auditor' }))
    expect(promoted).toMatchObject({ role: 'verifier', status: 'active', request: { kind: 'role', role: 'auditor' } })
    expect((await refresh(verifier)).actor.staff).toMatchObject({ role: 'verifier' })
    // One grant at a time.
    await expect(staff().updateStaff.execute(first.actor, kit.input(staffUpdate, { staffId: verifier.actor.accountId, role: 'admin' }))).rejects.toMatchObject({ code: ReturnCode.CONFLICT })
    await approve(second, promoted.request!.requestId)
    verifier = await kit.signIn(verifier.phone)
    expect(verifier.actor.staff).toMatchObject({ role: 'auditor', pointId: null })

    // Disabling is at once, ends the sessions and drops a waiting request.
    const up = await staff().updateStaff.execute(first.actor, kit.input(staffUpdate, { staffId: verifier.actor.accountId, role: 'admin' }))
    const off = await staff().updateStaff.execute(second.actor, kit.input(staffUpdate, { staffId: verifier.actor.accountId, status: 'disabled' }))
    expect(off).toMatchObject({ status: 'disabled', role: 'auditor', request: null })
    expect((await kit.c.store.staff.findRequest(up.request!.requestId))!.state).toBe('rejected')
    await expect(kit.actorOf(verifier.token)).rejects.toMatchObject({ code: ReturnCode.SESSION_EXPIRED })

    const other = await kit.staff('verifier')
    const point2 = (await kit.useCases.points.createPoint.execute(first.actor, { name: '第二采集点', address: '某路 2 号', kind: 'collection' })).id
    expect(await staff().updateStaff.execute(first.actor, kit.input(staffUpdate, { staffId: other.actor.accountId, pointId: point2 }))).toMatchObject({ pointId: point2, request: null })
  })

  it('nobody decides a request about themselves', async () => {
    const [first, second] = [await kit.admin(), await kit.secondAdmin()]
    const third = await kit.staffInApp('admin')
    const demotion = await staff().updateStaff.execute(first.actor, kit.input(staffUpdate, { staffId: third.actor.accountId, role: 'auditor' }))
    expect(demotion.request).toMatchObject({ kind: 'role', role: 'auditor' })
    await expect(approve(third, demotion.request!.requestId)).rejects.toMatchObject({ code: ReturnCode.SECOND_APPROVER_REQUIRED })
    await expect(staff().rejectStaff.execute(third.actor, kit.input(staffReject, { requestId: demotion.request!.requestId }))).rejects.toMatchObject({ code: ReturnCode.SECOND_APPROVER_REQUIRED })
    void second
  })
})

describe('independent origins', () => {
  it('the two founding admins are independent from the start', async () => {
    expect(await dependence(await kit.admin(), await kit.secondAdmin())).toBeNull()
  })

  it('two people made by the same admin are not, until the cooling-off has passed', async () => {
    const a = await kit.staffInApp('auditor')
    kit.clock.advance(10 * DAY)
    const b = await kit.staffInApp('auditor')
    expect(await dependence(a, b)).toBe('shared-origin')
    // Counted from that admin's latest act on either of them (b's creation), not the first.
    kit.clock.advance(25 * DAY)
    expect(await dependence(a, b)).toBe('shared-origin')
    kit.clock.advance(5 * DAY + 1)
    expect(await dependence(a, b)).toBeNull()
  })

  it('the same approver links them too; different creators and approvers do not', async () => {
    const [first, second] = [await kit.admin(), await kit.secondAdmin()]
    const a = await kit.staffInApp('auditor', { by: first, approvedBy: second })
    const b = await kit.staffInApp('auditor', { by: second, approvedBy: first })
    expect(await dependence(a, b)).toBe('shared-origin')
    const c = await kit.staff('auditor')
    expect(await dependence(a, c)).toBeNull()
  })

  it('the creator and the created, or the approver and the approved, never are, however long ago', async () => {
    const [first, second] = [await kit.admin(), await kit.secondAdmin()]
    const made = await kit.staffInApp('admin', { by: first, approvedBy: second })
    kit.clock.advance(400 * DAY)
    expect(await dependence(first, made)).toBe('made-by-the-other')
    expect(await dependence(made, second)).toBe('made-by-the-other')
  })

  it('a promotion approved later links the promoting and approving admins as well', async () => {
    const [first, second] = [await kit.admin(), await kit.secondAdmin()]
    const verifier = await kit.staff('verifier')
    const auditor = await kit.staff('auditor')
    expect(await dependence(verifier, auditor)).toBeNull()
    const up = await staff().updateStaff.execute(first.actor, kit.input(staffUpdate, { staffId: verifier.actor.accountId, role: 'auditor' }))
    await approve(second, up.request!.requestId)
    expect(await dependence(verifier, first)).toBe('made-by-the-other')
    expect(await dependence(verifier, auditor)).toBeNull()
  })
})

describe('one admin, three phone numbers, a red code', () => {
  it('fails at the first dual-controlled step, with 40305, on every route', async () => {
    const [rogue, second] = [await kit.admin(), await kit.secondAdmin()]
    const green = await kit.citizen()
    const phones = [kit.nextPhone(), kit.nextPhone(), kit.nextPhone()]
    const made = [await create(rogue, 'admin', phones[0]), await create(rogue, 'auditor', phones[1]), await create(rogue, 'auditor', phones[2])]
    // The creations themselves: their creator cannot approve them.
    for (const m of made) await expect(approve(rogue, m.request!.requestId)).rejects.toMatchObject({ code: ReturnCode.SECOND_APPROVER_REQUIRED })

    // Even with an unwitting second admin approving them, the puppets cannot serve as the rogue's second approvers.
    for (const m of made) await approve(second, m.request!.requestId)
    const [puppet, x, y] = await Promise.all(phones.map(p => kit.signIn(p)))
    const { import: imp } = await kit.upload('contacts', ['身份证号,类别,列入日期', `${green.idNumber},密接,${kit.today(-1)}`], { by: rogue })
    // Nor read its match preview (which would make the import a lookup again), nor approve it.
    await expect(kit.useCases.imports.getImportPreview.execute(puppet.actor, kit.input(importPreview, { importId: imp.id })))
      .rejects.toMatchObject({ code: ReturnCode.SECOND_APPROVER_REQUIRED })
    await expect(kit.useCases.imports.approveImport.execute(puppet.actor, kit.input(importApprove, { importId: imp.id })))
      .rejects.toMatchObject({ code: ReturnCode.SECOND_APPROVER_REQUIRED })
    const red = await kit.useCases.review.requestStatusChange.execute(x.actor, kit.input(statusChangeRequest, {
      subject: { holder: kit.holderOf(green) }, toStatus: 'red', reasonCode: 'contact-traced', note: '流调确认', evidence: [{ kind: 'document', ref: 'FD-1' }]
    }))
    await expect(kit.useCases.review.approveStatusChange.execute(y.actor, kit.input(statusChangeApprove, { changeId: red.id })))
      .rejects.toMatchObject({ code: ReturnCode.SECOND_APPROVER_REQUIRED })
    expect((await kit.c.store.statuses.find(green.actor.accountId))!.record.status).toBe('green')
    expect((await kit.importView(imp.id)).state).toBe('preview')
  })
})

describe('the bulk alarm', () => {
  it('holds an admin\'s eleventh grant of staff power in an hour, alarms every admin, and only another admin releases it', async () => {
    const [first, second] = [await kit.admin(), await kit.secondAdmin()]
    const made = []
    for (let i = 0; i < 11; i++) made.push(await create(first, 'auditor'))
    expect(made.slice(0, 10).every(m => m.request!.state === 'pending')).toBe(true)
    const held = made[10]
    expect(held.request).toMatchObject({ state: 'held' })
    const alarms = (await kit.useCases.review.listAlarms.execute(second.actor)).alarms.filter(a => a.kind === 'bulk-staff')
    expect(alarms).toEqual([expect.objectContaining({ state: 'open', detail: expect.objectContaining({ staffRequest: held.request!.requestId, requestedBy: first.actor.accountId, requestsInLastHourByAdmin: 10 }) })])
    for (const admin of [first, second]) expect((await kit.c.store.notices.list(admin.actor.accountId, 5))[0].text.title.en).toContain('Bulk alarm')

    await expect(approve(second, held.request!.requestId)).rejects.toMatchObject({ code: ReturnCode.CONFLICT })
    await expect(kit.useCases.review.resolveAlarm.execute(first.actor, kit.input(alarmResolve, { alarmId: alarms[0].id, action: 'release', note: '批量入职' })))
      .rejects.toMatchObject({ code: ReturnCode.SECOND_APPROVER_REQUIRED })
    await kit.useCases.review.resolveAlarm.execute(second.actor, kit.input(alarmResolve, { alarmId: alarms[0].id, action: 'release', note: '核实为批量入职' }))
    expect((await kit.c.store.staff.findRequest(held.request!.requestId))!.state).toBe('pending')
    expect(await approve(second, held.request!.requestId)).toMatchObject({ status: 'active' })

    // An hour later the count starts again.
    kit.clock.advance(HOUR + 1)
    expect((await create(first, 'auditor')).request!.state).toBe('pending')
  })

  it('cancelled, rejects the held request', async () => {
    const [first, second] = [await kit.admin(), await kit.secondAdmin()]
    let last
    for (let i = 0; i < 11; i++) last = await create(first, 'verifier', kit.nextPhone(), await kit.collectionPoint())
    const alarm = (await kit.useCases.review.listAlarms.execute(second.actor)).alarms.find(a => a.kind === 'bulk-staff')!
    await kit.useCases.review.resolveAlarm.execute(second.actor, kit.input(alarmResolve, { alarmId: alarm.id, action: 'cancel', note: '未经申请' }))
    expect((await kit.c.store.staff.find(last!.staffId))!.status).toBe('disabled')
  })
})

describe('healthcode admin create', () => {
  it('makes a region\'s first two admins, then refuses without --force and a reason, which is logged', async () => {
    const make = (force?: { reason: string }) => new CreateFirstAdmin({ store: kit.c.store, pii: kit.c.pii, clock: kit.clock })
      .execute({ region: '330200', regionName: '宁波市', phone: kit.nextPhone(), displayName: '宁波管理员' }, 'cli:operator', force)
    await make()
    await make()
    await expect(make()).rejects.toMatchObject({ code: ReturnCode.CONFLICT })
    const third = await make({ reason: '两名创始管理员均已离职' })
    expect(third).toMatchObject({ status: 'active', createdBy: null })
    const log = await kit.rows<{ actor: string; data: string }>("select actor, data from audit_log where region = '330200' and action = 'staff.create' order by seq")
    expect(log.map(l => ({ actor: l.actor, ...JSON.parse(l.data) }))).toEqual([
      expect.objectContaining({ actor: 'cli:operator', role: 'admin', byOperator: true, founder: true }),
      expect.objectContaining({ actor: 'cli:operator', founder: true }),
      expect.objectContaining({ actor: 'cli:operator', founder: false, forced: true, reason: '两名创始管理员均已离职' })
    ])
  })
})
