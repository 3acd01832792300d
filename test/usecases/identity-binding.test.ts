// Binding an ID number that belongs to someone else: one answer for every reason a binding needs
// an in-person check, two distinct numbers per account ever, hourly limits with an alarm, a notice to the
// number's owner, and the identity-recovery flow under dual control (request, a different auditor's
// approval moves the identity and revokes the old account's codes; the requester cannot approve: 40305).
import { AppError } from '@core/api/app-error'
import { ReturnCode } from '@core/api/return-codes'
import { consentAccept } from '@core/api/contract/citizen'
import { identityRecoveryApprove, identityRecoveryClose, identityRecoveryEvidence, identityRecoveryRequest } from '@core/api/contract/review'
import { Kit, openKit, type Person } from '../support/usecase-kit'

let kit: Kit
beforeEach(async () => { kit = await openKit() })
afterEach(() => kit.close())

async function consented(phone?: string): Promise<Person> {
  const person = await kit.signIn(phone)
  await kit.useCases.citizen.acceptConsent.execute(person.actor, kit.input(consentAccept, { version: (await kit.useCases.citizen.getConsent.execute(person.actor)).version }))
  return person
}

/** health-declare's first declaration with this number; the refusal (or null on success). */
async function tryBind(person: Person, idNumber: string, name = '张三', ip = '198.51.100.7'): Promise<AppError | null> {
  try {
    await kit.useCases.citizen.declareHealth.execute(person.actor, kit.declaration({ basic: { name, idNumber } }), 'zh-CN', ip)
    return null
  } catch (e) {
    if (e instanceof AppError) return e
    throw e
  }
}

/** What define-function turns a refusal into: everything but the message, which depends only on the code. */
const shape = (e: AppError | null) => e && { code: e.code, name: e.name_, detail: e.detail, issues: e.issues, message: e.message }

const notices = async (p: Person) => (await kit.useCases.citizen.listNotices.execute(p.actor)).notices
const identityNotices = async (p: Person) => (await notices(p)).filter(n => n.kind === 'identity')
const attempts = async (p: Person) => kit.rows<{ outcome: string }>(`select outcome from identity_attempts where account_id = '${p.actor.accountId}' order by at, id`)

describe('a new account tries B\'s ID number', () => {
  it('gets 40306, B gets a notice; a second distinct number is looked up (its owner told, never bound) and a third is refused unseen', async () => {
    const b = await kit.citizen({ name: '李四', device: false })
    const c = await kit.citizen({ name: '赵六', device: false })
    const d = await kit.citizen({ name: '孙七', device: false })
    const a = await consented()

    const conflict = await tryBind(a, b.idNumber)
    expect(conflict).toMatchObject({ code: ReturnCode.IDENTITY_CHECK_REQUIRED })
    expect(conflict!.issues).toBeUndefined()
    const toB = await identityNotices(b)
    expect(toB).toHaveLength(1)
    // The time of the try, nothing of who tried.
    expect(JSON.stringify(toB[0])).not.toContain(a.phone.slice(-4))
    expect(JSON.stringify(toB[0])).not.toContain(a.actor.accountId)
    expect(toB[0].text.title?.zh).toContain('尝试')
    expect((await kit.useCases.citizen.getHealthInfo.execute(a.actor)).bound).toBe(false)

    // Frozen: the second distinct number is still checked, so C hears of it, but it never binds.
    const second = await tryBind(a, c.idNumber)
    expect(shape(second)).toEqual(shape(conflict))
    expect(await identityNotices(c)).toHaveLength(1)

    // The third distinct number: refused without a look-up — D hears nothing, no attempt is written.
    const third = await tryBind(a, d.idNumber)
    expect(shape(third)).toEqual(shape(conflict))
    expect(await identityNotices(d)).toHaveLength(0)
    expect((await attempts(a)).map(x => x.outcome)).toEqual(['conflict', 'conflict'])
    // Trying B's number again while frozen: no new look-up, no second notice.
    expect(shape(await tryBind(a, b.idNumber))).toEqual(shape(conflict))
    expect(await identityNotices(b)).toHaveLength(1)

    // Only the frozen account is held: a fresh account binds a number nobody holds at once.
    expect(await tryBind(await consented(), kit.nextIdNumber())).toBeNull()
    // B's own record is untouched.
    expect((await kit.useCases.citizen.getHealthInfo.execute(b.actor)).holder).toMatchObject({ name: '李*' })
  })

  it('a frozen account\'s second number, bound to nobody, is not bound; numbers that fail their check digit do not count', async () => {
    const b = await kit.citizen({ device: false })
    const a = await consented()
    const good = kit.nextIdNumber()
    const typo = good.slice(0, 17) + (good.endsWith('1') ? '2' : '1')
    expect(await tryBind(a, typo)).toMatchObject({ code: ReturnCode.INVALID_INPUT, issues: [{ path: 'basic.idNumber', code: 'id_check_digit' }] })
    expect(await attempts(a)).toEqual([])
    expect(await tryBind(a, b.idNumber)).toMatchObject({ code: ReturnCode.IDENTITY_CHECK_REQUIRED })
    expect(await tryBind(a, good)).toMatchObject({ code: ReturnCode.IDENTITY_CHECK_REQUIRED })
    expect((await attempts(a)).map(x => x.outcome).sort()).toEqual(['conflict', 'frozen'])
    expect((await kit.useCases.citizen.getHealthInfo.execute(a.actor)).bound).toBe(false)
  })
})

describe('hourly limits', () => {
  it('past the per-address limit: 40306 without a look-up, one alarm for the region\'s admins; another address binds', async () => {
    Object.assign(kit.c.config.idBinding, { perIpPerHour: 2 })
    const admin = await kit.admin()
    const b = await kit.citizen({ device: false })
    const [p1, p2, p3, p4] = [await consented(), await consented(), await consented(), await consented()]
    expect(await tryBind(p1, kit.nextIdNumber(), '张甲', '203.0.113.9')).toBeNull()
    const conflict = await tryBind(p2, b.idNumber, '张乙', '203.0.113.9')
    const limited = await tryBind(p3, b.idNumber, '张丙', '203.0.113.9')
    expect(shape(limited)).toEqual(shape(conflict))
    expect(await identityNotices(b)).toHaveLength(1) // p3's try was never looked up
    expect(shape(await tryBind(p4, kit.nextIdNumber(), '张丁', '203.0.113.9'))).toEqual(shape(conflict))
    const alarms = (await kit.useCases.review.listAlarms.execute(admin.actor)).alarms.filter(x => x.kind === 'identity-attempts')
    expect(alarms).toHaveLength(1)
    expect(alarms[0].detail).toMatchObject({ scope: 'address', limit: 2 })
    expect(JSON.stringify(alarms[0])).not.toContain('203.0.113.9')
    expect((await identityNotices(admin)).map(n => n.text.title?.en)).toEqual(['Alarm: a spike in identity binding attempts'])
    expect(await tryBind(p4, kit.nextIdNumber(), '张丁', '203.0.113.10')).toBeNull()
  })

  it('past the regional limit: every address is held for the hour, with one alarm', async () => {
    Object.assign(kit.c.config.idBinding, { perRegionPerHour: 2 })
    const admin = await kit.admin()
    const people = [await consented(), await consented(), await consented()]
    expect(await tryBind(people[0], kit.nextIdNumber(), '张甲', '203.0.113.1')).toBeNull()
    expect(await tryBind(people[1], kit.nextIdNumber(), '张乙', '203.0.113.2')).toBeNull()
    expect(await tryBind(people[2], kit.nextIdNumber(), '张丙', '203.0.113.3')).toMatchObject({ code: ReturnCode.IDENTITY_CHECK_REQUIRED })
    expect(await tryBind(people[2], kit.nextIdNumber(), '张丙', '203.0.113.4')).toMatchObject({ code: ReturnCode.IDENTITY_CHECK_REQUIRED })
    const alarms = (await kit.useCases.review.listAlarms.execute(admin.actor)).alarms.filter(x => x.kind === 'identity-attempts')
    expect(alarms.map(x => x.detail)).toEqual([expect.objectContaining({ scope: 'region', limit: 2 })])
    // The next hour, the same person binds (limited tries were never counted against the lifetime limit).
    kit.clock.advance(3600_000)
    expect(await tryBind(people[2], kit.nextIdNumber(), '张丙', '203.0.113.4')).toBeNull()
  })
})

describe('identity recovery', () => {
  async function frozenOwner() {
    const b = await kit.citizen({ name: '李四' })
    const a = await consented()
    expect(await tryBind(a, b.idNumber, '李四')).toMatchObject({ code: ReturnCode.IDENTITY_CHECK_REQUIRED })
    const auditor1 = await kit.staff('auditor')
    const auditor2 = await kit.staff('auditor')
    const queue = await kit.useCases.review.getReviewQueue.execute(auditor1.actor)
    expect(queue.recoveries).toHaveLength(1)
    const item = queue.recoveries[0]
    expect(item).toMatchObject({ state: 'open', phoneMasked: `${a.phone.slice(0, 3)}****${a.phone.slice(-4)}`, attempts: 1, mine: false })
    return { a, b, auditor1, auditor2, item }
  }

  it('shows the auditor what was tried and when, never the other person\'s data; the read is logged', async () => {
    const { b, auditor1, item } = await frozenOwner()
    const evidence = await kit.useCases.review.getRecoveryEvidence.execute(auditor1.actor, kit.input(identityRecoveryEvidence, { recoveryId: item.id }))
    expect(evidence.attempts).toEqual([expect.objectContaining({ idType: 'resident-id', idMasked: `${b.idNumber.slice(0, 2)}${'*'.repeat(14)}${b.idNumber.slice(-2)}`, nameMasked: '李*', outcome: 'conflict' })])
    const text = JSON.stringify(evidence)
    for (const secret of [b.actor.accountId, kit.holderOf(b), b.phone.slice(-4), b.idNumber]) expect(text).not.toContain(secret)
    const reads = await kit.rows<{ action: string; subject: string }>("select action, subject from audit_log where action = 'read.recovery'")
    expect(reads).toHaveLength(1)
  })

  it('one auditor records the check, cannot approve it (40305); a second auditor\'s approval moves the identity and revokes the old account\'s codes', async () => {
    const { a, b, auditor1, auditor2, item } = await frozenOwner()
    const evidence = await kit.useCases.review.getRecoveryEvidence.execute(auditor1.actor, kit.input(identityRecoveryEvidence, { recoveryId: item.id }))
    const requested = await kit.useCases.review.requestIdentityRecovery.execute(auditor1.actor,
      kit.input(identityRecoveryRequest, { recoveryId: item.id, attemptId: evidence.attempts[0].id, note: '当面查验身份证原件，号码一致' }))
    expect(requested).toMatchObject({ state: 'requested', mine: true, note: '当面查验身份证原件，号码一致' })
    // Nothing has moved yet.
    expect((await kit.useCases.citizen.getHealthInfo.execute(a.actor)).bound).toBe(false)
    expect((await kit.useCases.citizen.getHealthInfo.execute(b.actor)).bound).toBe(true)

    await expect(kit.useCases.review.approveIdentityRecovery.execute(auditor1.actor, kit.input(identityRecoveryApprove, { recoveryId: item.id })))
      .rejects.toMatchObject({ code: ReturnCode.SECOND_APPROVER_REQUIRED })
    expect((await kit.useCases.citizen.getHealthInfo.execute(b.actor)).bound).toBe(true)

    const before = await kit.verifyShown(b.code!.credential, b.device!)
    expect(before.valid).toBe(true)
    const moved = await kit.useCases.review.approveIdentityRecovery.execute(auditor2.actor, kit.input(identityRecoveryApprove, { recoveryId: item.id }))
    expect(moved).toMatchObject({ state: 'moved', mine: false })

    const aInfo = await kit.useCases.citizen.getHealthInfo.execute(a.actor)
    expect(aInfo).toMatchObject({ bound: true, holder: { name: '李*' }, status: { status: 'green' } })
    expect((await kit.useCases.citizen.getHealthInfo.execute(b.actor))).toMatchObject({ bound: false, status: null, history: [] })
    kit.clock.advance(1000)
    expect((await kit.verifyShown(b.code!.credential, b.device!)).reasons).toContain('revoked')
    const toB = await identityNotices(b)
    expect(toB.map(n => n.text.title?.en)).toContain('The real-name binding of your account was removed')
    expect((await identityNotices(a)).map(n => n.text.title?.en)).toContain('Identity checked: your real name is bound')
    // The new holder gets a code; the old account cannot.
    const device = kit.device()
    expect((await kit.useCases.citizen.generateCode.execute(a.actor, { devicePublicKey: device.publicKeyBase64, bind: true })).status).toBe('green')
    await expect(kit.useCases.citizen.generateCode.execute(b.actor, { devicePublicKey: b.device!.publicKeyBase64, bind: false }))
      .rejects.toMatchObject({ code: ReturnCode.NOT_DECLARED })
    const log = await kit.rows<{ action: string; actor: string }>("select action, actor from audit_log where action like 'identity.%' order by seq")
    expect(log.map(l => l.action)).toEqual(['identity.bind', 'identity.bind.conflict', 'identity.recovery.request', 'identity.unbind', 'identity.recovery.approve'])
    expect(log[4].actor).toBe(`${auditor1.actor.accountId}+${auditor2.actor.accountId}`)
    // Decided: the typed name and address are gone, the queue is empty.
    expect(await kit.rows("select id from identity_attempts where name_enc is not null")).toEqual([])
    expect((await kit.useCases.review.getReviewQueue.execute(auditor1.actor)).recoveries).toEqual([])
  })

  it('closing (not the owner) moves nothing and unfreezes the account, within its lifetime limit', async () => {
    const { a, b, auditor1, item } = await frozenOwner()
    const closed = await kit.useCases.review.closeIdentityRecovery.execute(auditor1.actor, kit.input(identityRecoveryClose, { recoveryId: item.id, note: '证件与尝试的号码不符' }))
    expect(closed.state).toBe('closed')
    expect((await kit.useCases.citizen.getHealthInfo.execute(b.actor)).bound).toBe(true)
    await expect(kit.useCases.review.approveIdentityRecovery.execute(auditor1.actor, kit.input(identityRecoveryApprove, { recoveryId: item.id })))
      .rejects.toMatchObject({ code: ReturnCode.CONFLICT })
    // Unfrozen: the person's own number binds (their second distinct number).
    expect(await tryBind(a, kit.nextIdNumber(), '王五')).toBeNull()
    expect((await kit.useCases.citizen.getHealthInfo.execute(a.actor)).holder).toMatchObject({ name: '王*' })
  })

  it('two auditors made by one admin within the cooling-off cannot move an identity between them (40305)', async () => {
    const { b, item } = await frozenOwner()
    const [x, y] = [await kit.staffInApp('auditor'), await kit.staffInApp('auditor')]
    const evidence = await kit.useCases.review.getRecoveryEvidence.execute(x.actor, kit.input(identityRecoveryEvidence, { recoveryId: item.id }))
    await kit.useCases.review.requestIdentityRecovery.execute(x.actor, kit.input(identityRecoveryRequest, { recoveryId: item.id, attemptId: evidence.attempts[0].id, note: '当面核验' }))
    await expect(kit.useCases.review.approveIdentityRecovery.execute(y.actor, kit.input(identityRecoveryApprove, { recoveryId: item.id })))
      .rejects.toMatchObject({ code: ReturnCode.SECOND_APPROVER_REQUIRED })
    expect((await kit.useCases.citizen.getHealthInfo.execute(b.actor)).bound).toBe(true)
  })

  it('an attempt of another account is not found; an item nobody has checked cannot be approved', async () => {
    const { auditor1, auditor2, item } = await frozenOwner()
    await expect(kit.useCases.review.requestIdentityRecovery.execute(auditor1.actor, kit.input(identityRecoveryRequest, { recoveryId: item.id, attemptId: 'nope', note: '核验' })))
      .rejects.toMatchObject({ code: ReturnCode.NOT_FOUND })
    await expect(kit.useCases.review.approveIdentityRecovery.execute(auditor2.actor, kit.input(identityRecoveryApprove, { recoveryId: item.id })))
      .rejects.toMatchObject({ code: ReturnCode.CONFLICT }) // nothing requested yet
  })
})
