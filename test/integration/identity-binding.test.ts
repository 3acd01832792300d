// A new account tries B's ID number, through the real host on SQLite and PostgreSQL. It gets the
// in-person-check answer and nothing else; B gets a notice; a second distinct number from the same phone is
// still checked (its owner is told too) and a third is refused without a look-up; the answers for "B's
// number", "frozen" and "limit reached" are the same whole body; and tries past the regional rate (set low
// here, ID_BIND_PER_REGION_PER_HOUR) get the same body and alarm the region's admins.
import { ReturnCode } from '@core/api/return-codes'
import type { RunningHost } from '../support/host'
import { inspectPostgres, inspectSqlite, Inspector } from '../support/db-inspect'
import { describeOnEngines } from '../support/engine-suite'
import { basicInfo, declaration, validIdNumber } from '../support/citizen'

const REGIONAL_LIMIT = 16

describeOnEngines('binding someone else\'s ID number on %s', 120_000, ({ engine, schema, test, setup, cleanup }) => {
  let host: RunningHost
  let db: Inspector
  setup(async h => {
    host = h
    db = engine === 'postgres' ? await inspectPostgres(schema) : await inspectSqlite(h.dataDir)
  })
  cleanup(() => db.close())

  const consented = async (phone: string) => {
    const token = await host.login(phone)
    await host.call('consent-accept', { version: (await host.call('consent-status', {}, token)).body.data.version }, token)
    return token
  }
  const declareWith = async (token: string, id: string, name = '张三') => host.call('health-declare', declaration({ basic: await basicInfo(host, id, name) }), token)
  const citizen = async (phone: string, id: string, name: string) => {
    const token = await consented(phone)
    expect((await declareWith(token, id, name)).body.code).toBe(ReturnCode.OK)
    return { token, accountId: (await host.call('auth-session', {}, token)).body.data.account.id as string }
  }
  const identityNotices = async (token: string) => ((await host.call('notices-list', {}, token)).body.data.notices as { kind: string }[]).filter(n => n.kind === 'identity')
  const noticesOf = async (accountId: string) => Number((await db.rows('select count(*) as n from notices where account_id = $1', [accountId]))[0].n)

  /** The answer to "B's number", kept to compare the rate-limited answer with. */
  let conflictBody: unknown

  test('a new account tries B\'s number: 40306, B is told; a second number is checked, a third refused unseen; identical bodies', async () => {
    const b = await citizen('13933330001', validIdNumber('330106', '19610101', '101'), '李四')
    const c = await citizen('13933330002', validIdNumber('330106', '19620202', '202'), '赵六')
    const d = await citizen('13933330003', validIdNumber('330106', '19630303', '303'), '孙七')
    const a = await consented('13933330010')
    const aId = (await host.call('auth-session', {}, a)).body.data.account.id as string

    const theirs = await declareWith(a, validIdNumber('330106', '19610101', '101'), '李四')
    expect(theirs.body).toEqual({ code: ReturnCode.IDENTITY_CHECK_REQUIRED, error: 'identity_check_required', message: expect.stringContaining('当面核验') })
    conflictBody = theirs.body
    const toB = await identityNotices(b.token)
    expect(toB).toHaveLength(1)
    expect(JSON.stringify(toB)).not.toContain('0010') // nothing of who tried
    expect((await host.call('health-info', {}, a)).body.data.bound).toBe(false)

    // Frozen: C's number is still checked, and C is told; the answer is the same whole body.
    const frozen = await declareWith(a, validIdNumber('330106', '19620202', '202'), '赵六')
    expect(frozen.status).toBe(theirs.status)
    expect(frozen.body).toEqual(theirs.body)
    expect(await identityNotices(c.token)).toHaveLength(1)

    // The third distinct number: no look-up, so D is not told (the notices table holds nothing for D).
    const notices = Number((await db.rows('select count(*) as n from notices'))[0].n)
    const limit = await declareWith(a, validIdNumber('330106', '19630303', '303'), '孙七')
    expect(limit.status).toBe(theirs.status)
    expect(limit.body).toEqual(theirs.body)
    expect(await noticesOf(d.accountId)).toBe(0)
    expect(Number((await db.rows('select count(*) as n from notices'))[0].n)).toBe(notices)
    expect((await db.rows('select outcome from identity_attempts where account_id = $1', [aId])).map(r => r.outcome)).toEqual(['conflict', 'conflict'])
    // In English too: the same body for B's number (frozen now) and the limit.
    const english = async (id: string) => host.call('health-declare', declaration({ basic: await basicInfo(host, id) }), a, { 'accept-language': 'en' })
    const [x, y] = [await english(validIdNumber('330106', '19610101', '101')), await english(validIdNumber('330106', '19630303', '303'))]
    expect(x.body).toEqual(y.body)
    expect(x.body.message).toContain('in-person check')
    // None of the numbers is stored in the clear.
    expect(await db.dump()).not.toContain(validIdNumber('330106', '19630303', '303'))
  })

  test('parallel first declarations of one account: one binding at most, and never more than two numbers looked up', async () => {
    const owners = await Promise.all([0, 1, 2, 3].map(i => citizen(`139333302${i}0`, validIdNumber('330106', `1971010${i + 1}`, `6${i}1`), '吴九')))
    const a = await consented('13933330299')
    const aId = (await host.call('auth-session', {}, a)).body.data.account.id as string
    const theirs = await Promise.all([0, 1, 2, 3].map(i => declareWith(a, validIdNumber('330106', `1971010${i + 1}`, `6${i}1`), '吴九')))
    expect(theirs.map(r => r.body.code)).toEqual(Array(4).fill(ReturnCode.IDENTITY_CHECK_REQUIRED))
    expect((await db.rows('select outcome from identity_attempts where account_id = $1', [aId])).map(r => r.outcome)).toEqual(['conflict', 'conflict'])
    const told = await Promise.all(owners.map(o => noticesOf(o.accountId)))
    expect(told.reduce((n, x) => n + x, 0)).toBe(2)

    // Free numbers in parallel from a fresh account: exactly one binds; the rest answer as a bound account would.
    const e = await consented('13933330298')
    const eId = (await host.call('auth-session', {}, e)).body.data.account.id as string
    const free = await Promise.all([0, 1, 2].map(i => declareWith(e, validIdNumber('330106', `1972020${i + 1}`, `7${i}1`), '郑十')))
    expect(free.map(r => r.body.code).sort()).toEqual([ReturnCode.OK, ReturnCode.IDENTITY_LOCKED, ReturnCode.IDENTITY_LOCKED].sort())
    expect(free.every(r => r.status < 500)).toBe(true)
    expect(Number((await db.rows('select count(*) as n from citizens where account_id = $1', [eId]))[0].n)).toBe(1)
  })

  test('tries past the regional rate get the same answer, and alarm the region\'s admins', async () => {
    const admin = await host.login('13800000001')
    const alarms = async () => ((await host.call('alarm-list', {}, admin)).body.data.alarms as { kind: string; detail: Record<string, unknown> }[]).filter(a => a.kind === 'identity-attempts')
    expect(await alarms()).toEqual([])
    // Windows start on the hour: a test that straddles one may need up to twice the limit to cross it.
    let refused: { status: number; body: unknown } | null = null
    for (let i = 0; i < 2 * REGIONAL_LIMIT + 1 && (await alarms()).length === 0; i++) {
      const token = await consented(`139333301${String(20 + i)}`)
      const r = await declareWith(token, validIdNumber('330106', '19700101', String(500 + i)), '周八')
      if (r.body && (r.body as { code: number }).code !== ReturnCode.OK) refused = r
    }
    expect(await alarms()).toEqual([expect.objectContaining({ kind: 'identity-attempts', detail: expect.objectContaining({ scope: 'region', limit: REGIONAL_LIMIT }) })])
    expect(refused!.body).toEqual(conflictBody)
    const adminNotices = ((await host.call('notices-list', {}, admin)).body.data.notices as { kind: string; text: { title: { en: string } } }[]).filter(n => n.kind === 'identity')
    expect(adminNotices.map(n => n.text.title.en)).toContain('Alarm: a spike in identity binding attempts')
  })
}, { env: { ID_BIND_PER_REGION_PER_HOUR: String(REGIONAL_LIMIT) } })
