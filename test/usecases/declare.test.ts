// health-declare and trip-declare as use cases, on the real store: the first declaration binds the real
// name, a refused one writes nothing, and a trip to a high-risk area turns the holder red at once.
import { ReturnCode } from '@core/api/return-codes'
import { codeGenerate, consentAccept, tripDeclare } from '@core/api/contract/citizen'
import { DAY, HOUR, Kit, openKit } from '../support/usecase-kit'

let kit: Kit
beforeEach(async () => { kit = await openKit() })
afterEach(() => kit.close())

async function consented() {
  const person = await kit.signIn()
  await kit.useCases.citizen.acceptConsent.execute(person.actor, kit.input(consentAccept, { version: (await kit.useCases.citizen.getConsent.execute(person.actor)).version }))
  return person
}

describe('the first declaration', () => {
  it('binds the name and ID number (stored sealed only), and the bound phone then gets a code that verifies offline', async () => {
    const person = await consented()
    const id = kit.nextIdNumber()
    const declared = await kit.useCases.citizen.declareHealth.execute(person.actor, kit.declaration({ basic: { name: '王小明', idNumber: id } }), 'zh-CN')
    expect(declared).toMatchObject({ changed: true, status: { status: 'green' }, code: null })

    const citizen = await kit.c.store.citizens.find(person.actor.accountId)
    expect(citizen).toMatchObject({ region: kit.region, surname: '王', idEnds: id.slice(0, 2) + id.slice(-2), idType: 'resident-id', householdRegion: '330106' })
    expect(kit.c.pii.open(citizen!.idEnc)).toBe(id)
    expect(await kit.dump()).not.toContain(id)
    expect(await kit.rows("select action from audit_log where action = 'identity.bind'")).toHaveLength(1)

    const phone = kit.device()
    const code = await kit.useCases.citizen.generateCode.execute(person.actor, kit.input(codeGenerate, { devicePublicKey: phone.publicKeyBase64, bind: true }))
    expect(code).toMatchObject({ status: 'green', deviceChanged: true })
    expect(await kit.verifyShown(code.credential, phone)).toMatchObject({ valid: true, claims: { name: '王*', status: 'green', id: expect.stringMatching(new RegExp(id.slice(-2) + '$')) } })

    // Once a phone is bound, every later declaration answers with a fresh code for it.
    kit.clock.advance(HOUR)
    const later = await kit.useCases.citizen.declareHealth.execute(person.actor, kit.declaration(), 'zh-CN')
    expect(later.code).not.toBeNull()
    expect(await kit.verifyShown(later.code!.credential, phone)).toMatchObject({ valid: true })
  })

  it('is refused without consent to the privacy notice in force', async () => {
    const person = await kit.signIn()
    await expect(kit.useCases.citizen.declareHealth.execute(person.actor, kit.declaration({ basic: { name: '王小明', idNumber: kit.nextIdNumber() } }), 'zh-CN'))
      .rejects.toMatchObject({ code: ReturnCode.CONSENT_REQUIRED })
  })

  it('needs the basic information, and the name cannot be bound again', async () => {
    const person = await consented()
    await expect(kit.useCases.citizen.declareHealth.execute(person.actor, kit.declaration(), 'zh-CN'))
      .rejects.toMatchObject({ code: ReturnCode.INVALID_INPUT, issues: [{ path: 'basic', code: 'required' }] })
    const id = kit.nextIdNumber()
    await kit.useCases.citizen.declareHealth.execute(person.actor, kit.declaration({ basic: { name: '王小明', idNumber: id } }), 'zh-CN')
    await expect(kit.useCases.citizen.declareHealth.execute(person.actor, kit.declaration({ basic: { name: '王大明', idNumber: id } }), 'zh-CN'))
      .rejects.toMatchObject({ code: ReturnCode.IDENTITY_LOCKED })
  })
})

describe('a refused declaration stores nothing', () => {
  it('a wrong check digit, an undecryptable number, an unknown region', async () => {
    const person = await consented()
    const good = kit.nextIdNumber()
    const wrongDigit = good.slice(0, 17) + (good.endsWith('1') ? '2' : '1')
    const before = await kit.dump()
    const declare = (input: ReturnType<Kit['declaration']>) => kit.useCases.citizen.declareHealth.execute(person.actor, input, 'zh-CN')

    await expect(declare(kit.declaration({ basic: { name: '王小明', idNumber: wrongDigit } })))
      .rejects.toMatchObject({ code: ReturnCode.INVALID_INPUT, issues: [{ path: 'basic.idNumber', code: 'id_check_digit' }] })
    const born = kit.nextIdNumber('330106', '20260310') // after the kit's today
    await expect(declare(kit.declaration({ basic: { name: '王小明', idNumber: born } })))
      .rejects.toMatchObject({ code: ReturnCode.INVALID_INPUT, issues: [{ path: 'basic.idNumber' }] })
    const garbled = { ...kit.declaration({ basic: { name: '王小明', idNumber: good } }) }
    garbled.basic = { ...garbled.basic!, idNumberEncrypted: Buffer.from('not rsa at all, just text').toString('base64') }
    await expect(declare(garbled)).rejects.toMatchObject({ code: ReturnCode.INVALID_INPUT, issues: [{ path: 'basic.idNumber', code: 'invalid_format' }] })
    await expect(declare(kit.declaration({ basic: { name: '王小明', idNumber: good }, trips: [kit.trip('999999', -2, -1)] })))
      .rejects.toMatchObject({ code: ReturnCode.INVALID_INPUT, issues: [{ path: 'trips.0.region', code: 'region' }] })

    expect(await kit.dump()).toBe(before)
  })

  it('an ID number already bound to another account answers only that an in-person check is needed (identity-binding.test.ts)', async () => {
    const first = await kit.citizen({ device: false })
    const second = await consented()
    await expect(kit.useCases.citizen.declareHealth.execute(second.actor, kit.declaration({ basic: { name: '王小明', idNumber: first.idNumber } }), 'zh-CN'))
      .rejects.toMatchObject({ code: ReturnCode.IDENTITY_CHECK_REQUIRED, issues: undefined })
    // Nothing of the first person is bound or declared for the second.
    expect(await kit.rows(`select account_id from citizens where account_id = '${second.actor.accountId}'`)).toEqual([])
    expect(await kit.rows(`select id from declarations where account_id = '${second.actor.accountId}'`)).toEqual([])
  })
})

describe('a trip to a high-risk area', () => {
  it('turns the holder red with the reason and the way out, revokes the green code and answers with a red one', async () => {
    await kit.riskArea('420106', 'high')
    const holder = await kit.citizen()
    expect(holder.declared.status.status).toBe('green')
    kit.clock.advance(2 * HOUR)

    const red = await kit.useCases.citizen.declareTrips.execute(holder.actor, kit.input(tripDeclare, { trips: [kit.trip('420106', -3, -2)] }), 'zh-CN')
    expect(red.changed).toBe(true)
    expect(red.status).toMatchObject({ status: 'red', reason: 'high-risk-area', exit: { days: 14, checkins: 14, negativeTest: true } })
    expect(red.status.reasonText!.en).toContain('high-risk')
    expect(red.status.exitText!.zh).toContain('14')
    expect(Date.parse(red.status.earliestExitAt!)).toBeGreaterThanOrEqual(kit.clock.now() + 13 * DAY)

    expect((await kit.verifyShown(holder.code!.credential, holder.device!)).reasons).toEqual(['revoked'])
    expect(await kit.verifyShown(red.code!.credential, holder.device!)).toMatchObject({ valid: true, claims: { status: 'red' } })

    const info = await kit.useCases.citizen.getHealthInfo.execute(holder.actor)
    expect(info.history.map(h => h.status)).toEqual(['red', 'green'])
    const [history] = await kit.rows<{ inputs_json: string }>("select inputs_json from status_history where to_status = 'red'")
    expect(JSON.parse(history.inputs_json).trips[0]).toMatchObject({ region: '420106', risk: 'high' })
    const notices = await kit.useCases.citizen.listNotices.execute(holder.actor)
    expect(notices.notices[0].text.title!.zh).toContain('红码')
  })

  it('counts only when the trip overlaps the days the area was at risk', async () => {
    await kit.riskArea('420106', 'high', -3, 10)
    const before = await kit.citizen({ trips: [kit.trip('420106', -8, -5)] })
    expect(before.declared.status.status).toBe('green')
    const during = await kit.citizen({ trips: [kit.trip('420106', -5, -3)] })
    expect(during.declared.status).toMatchObject({ status: 'red', reason: 'high-risk-area' })
  })

  it('a medium-risk area makes the holder yellow', async () => {
    await kit.riskArea('310101', 'medium')
    const holder = await kit.citizen({ trips: [kit.trip('310101', -2, -1)] })
    expect(holder.declared.status).toMatchObject({ status: 'yellow', reason: 'medium-risk-area', exit: { days: 7 } })
  })
})
