// Re-assessment as use cases on the real store: an approved risk-area import re-assesses exactly the
// citizens it can affect and changes only those the rules now judge differently; a status two auditors
// set by hand stands against the rules until newer data makes it stricter.
import { ReturnCode } from '@core/api/return-codes'
import { codeGenerate, tripDeclare } from '@core/api/contract/citizen'
import { statusChangeApprove, statusChangeRequest } from '@core/api/contract/review'
import { DAY, HOUR, Kit, openKit, type Citizen, type Person } from '../support/usecase-kit'

let kit: Kit
beforeEach(async () => { kit = await openKit() })
afterEach(() => kit.close())

const statusOf = async (p: Person) => (await kit.c.store.statuses.find(p.actor.accountId))!.record
const historyOf = async (p: Person) => (await kit.useCases.citizen.getHealthInfo.execute(p.actor)).history

describe('re-assessment after a risk-area import', () => {
  it('evaluates exactly the citizens with a trip there and changes only the one whose trip overlaps', async () => {
    const traveller = await kit.citizen({ trips: [kit.trip('440305', -4, -3)] })
    const earlier = await kit.citizen({ trips: [kit.trip('440305', -13, -12)] })
    const neighbour = await kit.citizen({ trips: [kit.trip('440306', -4, -3)] })
    const stayer = await kit.citizen()
    for (const c of [traveller, earlier, neighbour, stayer]) expect(c.declared.status.status).toBe('green')
    kit.clock.advance(HOUR)

    const up = await kit.upload('risk-areas', ['region_code,level,from,to', `440305,high,${kit.today(-5)},${kit.today(10)}`])
    expect(up.import).toMatchObject({ state: 'preview', acceptedRows: 1 })
    expect(await kit.preview(up.import.id)).toEqual({ affected: 2, wouldChange: 1, byStatus: { red: 1, yellow: 0, green: 0 } })
    // The preview is a dry run: nobody has changed yet.
    expect((await statusOf(traveller)).status).toBe('green')

    const approved = await kit.approve(up.import.id)
    expect(approved.job).toMatchObject({ state: 'done', total: 2, done: 2, changed: 1 })
    expect(await statusOf(traveller)).toMatchObject({ status: 'red', reason: 'high-risk-area' })
    for (const c of [earlier, neighbour, stayer]) {
      expect((await statusOf(c)).status).toBe('green')
      expect(await historyOf(c)).toHaveLength(1)
    }
    // Exactly one holder's codes are revoked and exactly one is told.
    expect((await kit.verifyShown(traveller.code!.credential, traveller.device!)).reasons).toEqual(['revoked'])
    for (const c of [earlier, neighbour, stayer]) expect((await kit.verifyShown(c.code!.credential, c.device!)).valid).toBe(true)
    expect(kit.notifier.changes).toEqual([{ accountId: traveller.actor.accountId, from: 'green', to: 'red' }])
    const [change] = await kit.rows<{ actor: string; data: string }>("select actor, data from audit_log where action = 'status.change' and subject = '" + traveller.actor.accountId + "' order by seq desc limit 1")
    expect(change.actor).toBe(`import:${up.import.id}`)
    expect(JSON.parse(change.data)).toMatchObject({ from: 'green', to: 'red', source: 'import', importId: up.import.id })
  })

  it('leaves out a trip that has left the 14-day window', async () => {
    const back = await kit.citizen({ trips: [kit.trip('440305', -4, -3)] })
    kit.clock.advance(12 * DAY)
    const up = await kit.upload('risk-areas', ['region_code,level,from,to', `440305,high,${kit.today(-20)},${kit.today(10)}`])
    expect(await kit.preview(up.import.id)).toMatchObject({ affected: 0, wouldChange: 0 })
    expect((await kit.approve(up.import.id)).job).toMatchObject({ state: 'done', total: 0, changed: 0 })
    expect((await statusOf(back)).status).toBe('green')
  })

  it('a city-wide area reaches every county of the city', async () => {
    const a = await kit.citizen({ trips: [kit.trip('440305', -4, -3)] })
    const b = await kit.citizen({ trips: [kit.trip('440306', -4, -3)] })
    const elsewhere = await kit.citizen({ trips: [kit.trip('440106', -4, -3)] })
    const approved = await kit.riskArea('440300', 'medium')
    expect(approved.job).toMatchObject({ total: 2, changed: 2 })
    expect(await statusOf(a)).toMatchObject({ status: 'yellow', reason: 'medium-risk-area' })
    expect(await statusOf(b)).toMatchObject({ status: 'yellow', reason: 'medium-risk-area' })
    expect((await statusOf(elsewhere)).status).toBe('green')
  })
})

describe('a status set by two auditors', () => {
  async function setByHand(auditors: [Person, Person], person: Citizen, toStatus: 'green' | 'yellow' | 'red') {
    const review = kit.useCases.review
    const request = await review.requestStatusChange.execute(auditors[0].actor, kit.input(statusChangeRequest, {
      subject: { holder: kit.holderOf(person) }, toStatus, reasonCode: 'contact-traced', note: '流调核实', evidence: [{ kind: 'document', ref: '流调报告 2026-17' }]
    }))
    await expect(review.approveStatusChange.execute(auditors[0].actor, kit.input(statusChangeApprove, { changeId: request.id })))
      .rejects.toMatchObject({ code: ReturnCode.SECOND_APPROVER_REQUIRED })
    expect((await statusOf(person)).status).not.toBe(toStatus)
    const approved = await review.approveStatusChange.execute(auditors[1].actor, kit.input(statusChangeApprove, { changeId: request.id }))
    expect(approved.state).toBe('approved')
    expect(await statusOf(person)).toMatchObject({ status: toStatus, ruleId: 'manual', reason: 'contact-traced' })
  }

  it('is not undone by a re-assessment on old data, but newer data may make it stricter', async () => {
    const auditors: [Person, Person] = [await kit.staff('auditor'), await kit.staff('auditor')]
    const person = await kit.citizen({ trips: [kit.trip('440305', -4, -3)] })
    kit.clock.advance(HOUR)
    await setByHand(auditors, person, 'yellow')
    kit.clock.advance(HOUR)

    // The rules would now say red (the trip was to a high-risk area), but nothing newer than the decision arrived.
    const approved = await kit.riskArea('440305', 'high')
    expect(approved.job).toMatchObject({ state: 'done', total: 1, changed: 0 })
    expect(await statusOf(person)).toMatchObject({ status: 'yellow', ruleId: 'manual' })

    // A trip declaration alone is not newer data to manual-hold.ts (only a health declaration, a check-in or a test is).
    kit.clock.advance(HOUR)
    const trips = await kit.useCases.citizen.declareTrips.execute(person.actor, kit.input(tripDeclare, { trips: [kit.trip('440305', -4, -3)] }), 'zh-CN')
    expect(trips).toMatchObject({ changed: false, status: { status: 'yellow', reason: 'contact-traced' } })
    // A new health declaration is: the rules may now make it stricter.
    const red = await kit.useCases.citizen.declareHealth.execute(person.actor, kit.declaration({ trips: [kit.trip('440305', -4, -3)] }), 'zh-CN')
    expect(red).toMatchObject({ changed: true, status: { status: 'red', reason: 'high-risk-area' } })
    expect(await statusOf(person)).toMatchObject({ ruleId: expect.not.stringMatching(/^manual$/) })
  })

  it('is neither replaced nor lifted by the rules, even on newer data', async () => {
    const auditors: [Person, Person] = [await kit.staff('auditor'), await kit.staff('auditor')]
    const person = await kit.citizen({ trips: [kit.trip('310101', -2, -1)] })
    kit.clock.advance(HOUR)
    await setByHand(auditors, person, 'yellow')
    // Applying it revokes the green code; the next code carries the manual colour.
    expect((await kit.verifyShown(person.code!.credential, person.device!)).reasons).toEqual(['revoked'])
    const manualCode = await kit.useCases.citizen.generateCode.execute(person.actor, kit.input(codeGenerate, { devicePublicKey: person.device!.publicKeyBase64 }))
    expect(manualCode.status).toBe('yellow')

    // The rules now say yellow for a reason of their own: the auditors' record stays (a rule's yellow would end by itself).
    kit.clock.advance(HOUR)
    expect((await kit.riskArea('310101', 'medium')).job).toMatchObject({ total: 1, changed: 0 })
    expect(await statusOf(person)).toMatchObject({ status: 'yellow', ruleId: 'manual', reason: 'contact-traced', exit: null })

    // Weeks later, healthy, with a newer declaration: still only auditors can lift it.
    kit.clock.advance(15 * DAY)
    const healthy = await kit.useCases.citizen.declareHealth.execute(person.actor, kit.declaration(), 'zh-CN')
    expect(healthy).toMatchObject({ changed: false, status: { status: 'yellow', reason: 'contact-traced' } })
    expect(await statusOf(person)).toMatchObject({ ruleId: 'manual' })
  })
})
