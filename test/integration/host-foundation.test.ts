// The foundation through the real host, on SQLite and on PostgreSQL: sessions, identity rules, staff and
// collection points, and nothing written when a request is refused.
import { ReturnCode } from '@core/api/return-codes'
import { startHost, RunningHost } from '../support/host'
import { inspectPostgres, inspectSqlite, Inspector } from '../support/db-inspect'
import { dropSchema, freshSchemaName, PG_AVAILABLE, TEST_DATABASE_URL } from '../support/postgres'

const engines = [['sqlite'], ['postgres']] as const

describe.each(engines)('host foundation on %s', engine => {
  const skip = engine === 'postgres' && !PG_AVAILABLE
  let host: RunningHost
  let db: Inspector
  const schema = freshSchemaName()

  beforeAll(async () => {
    if (skip) return
    host = await startHost(engine === 'postgres' ? { databaseUrl: TEST_DATABASE_URL, pgSchema: schema } : {})
    db = engine === 'postgres' ? await inspectPostgres(schema) : await inspectSqlite(host.dataDir)
  }, 60_000)

  afterAll(async () => {
    if (skip) return
    await db?.close()
    await host?.stop()
    if (engine === 'postgres') await dropSchema(schema)
  })

  const maybe = (name: string, fn: () => Promise<void>) => (skip ? it.skip : it)(name, fn, 30_000)

  maybe('a new citizen signs in with a phone number and a one-time code', async () => {
    const token = await host.login('13911110001')
    const me = await host.call('auth-session', {}, token)
    expect(me.body.code).toBe(ReturnCode.OK)
    expect(me.body.data.account).toMatchObject({ roles: ['citizen'], phoneMasked: '139****0001' })
    const accounts = await db.rows('select phone_enc, phone_hash from accounts')
    expect(accounts.every(a => !String(a.phone_enc).includes('13911110001') && !String(a.phone_hash).includes('13911110001'))).toBe(true)
  })

  maybe('refuses a request without a session, and writes nothing', async () => {
    const before = await db.dump()
    const r = await host.call('point-create', { name: '某采集点', address: '某路 1 号', kind: 'collection' })
    expect(r.body).toMatchObject({ code: ReturnCode.UNAUTHENTICATED, error: 'unauthenticated' })
    expect(r.body.message).toBe('请先登录')
    const en = await host.call('auth-session', {}, undefined, { 'accept-language': 'en' })
    expect(en.body.message).toBe('Please sign in first')
    expect(await db.dump()).toBe(before)
  })

  maybe('refuses a body that names another user, and writes nothing', async () => {
    const admin = await host.login('13800000001')
    const citizen = await host.login('13911110002')
    const other = (await host.call('auth-session', {}, citizen)).body.data.account.id
    const before = await db.dump()
    for (const [fn, body] of [
      ['point-create', { name: '冒名采集点', address: '某路 2 号', kind: 'collection', userId: other }],
      ['staff-create', { phone: '13911110003', displayName: '冒名', role: 'auditor', accountId: other }],
      ['auth-logout-all', { openid: 'someone-else' }],
      ['auth-session', { filter: { uid: other } }],
      // The Alipay cloud transport's token field is taken out only on Alipay's cloud; on the host it is refused.
      ['auth-logout-all', { __session: citizen }],
      ['auth-session', { token: citizen }]
    ] as const) {
      const r = await host.call(fn, body, admin)
      expect(r.body).toMatchObject({ code: ReturnCode.IDENTITY_IN_BODY, error: 'identity_in_body' })
      expect(r.body.issues?.[0].path).toMatch(/^(userId|accountId|openid|filter\.uid|__session|token)$/)
    }
    expect(await db.dump()).toBe(before)
  })

  maybe('a region admin manages collection points and staff; others may not', async () => {
    const admin = await host.login('13800000001')
    const created = await host.call('point-create', { name: '黄龙体育中心采集点', address: '黄龙路 1 号', kind: 'collection' }, admin)
    expect(created.body.code).toBe(ReturnCode.OK)
    const pointId = created.body.data.id
    const staff = await host.call('staff-create', { phone: '13911110004', displayName: '新核验员', role: 'verifier', pointId }, admin)
    expect(staff.body.data).toMatchObject({ role: 'verifier', pointId, phoneMasked: '139****0004', region: '330100', status: 'pending' })
    // A second admin approves the new verifier's power (docs/dual-control.md).
    expect((await host.call('staff-approve', { requestId: staff.body.data.request.requestId }, await host.login('13800000004'))).body.data.status).toBe('active')
    const list = await host.call('staff-list', {}, admin)
    expect(list.body.data.staff.map((s: { displayName: string }) => s.displayName)).toContain('新核验员')
    expect(JSON.stringify(list.body)).not.toContain('13911110004')

    const verifier = await host.login('13911110004')
    expect((await host.call('auth-session', {}, verifier)).body.data.account).toMatchObject({ roles: ['citizen', 'verifier'], pointId })
    expect((await host.call('staff-list', {}, verifier)).body.code).toBe(ReturnCode.FORBIDDEN)

    const closed = await host.call('point-close', { pointId }, admin)
    expect(closed.body.data.status).toBe('closed')
    const noPoint = await host.call('staff-create', { phone: '13911110005', displayName: '另一核验员', role: 'verifier', pointId }, admin)
    expect(noPoint.body.code).toBe(ReturnCode.CONFLICT)
    const missing = await host.call('staff-create', { phone: '13911110005', displayName: '另一核验员', role: 'verifier' }, admin)
    expect(missing.body).toMatchObject({ code: ReturnCode.INVALID_INPUT, issues: [{ path: 'pointId', code: 'required' }] })

    const disabled = await host.call('staff-update', { staffId: staff.body.data.staffId, status: 'disabled' }, admin)
    expect(disabled.body.data.status).toBe('disabled')
    expect((await host.call('auth-session', {}, verifier)).body.code).toBe(ReturnCode.SESSION_EXPIRED)
    const audit = await db.rows("select action from audit_log where action like 'staff.%' or action like 'point.%' order by seq")
    expect(audit.map(a => a.action)).toEqual(expect.arrayContaining(['point.create', 'staff.create', 'staff.request', 'staff.approve', 'point.close', 'staff.update']))
  })

  maybe('validates input with field-level messages in zh-CN and English', async () => {
    const zh = await host.call('auth-otp-request', { phone: '12345' })
    expect(zh.body).toMatchObject({ code: ReturnCode.INVALID_INPUT, issues: [{ path: 'phone', code: 'phone', message: '请输入正确的11位手机号' }] })
    const en = await host.call('auth-otp-request', { phone: '12345', extra: 1 }, undefined, { 'accept-language': 'en-US' })
    expect(en.body.issues).toEqual(expect.arrayContaining([
      { path: 'phone', code: 'phone', message: 'Enter a valid 11-digit mainland mobile number' },
      { path: 'extra', code: 'unknown_field', message: 'Unknown field' }
    ]))
  })

  maybe('one-time codes are single-use and lock after wrong tries; log out ends the session', async () => {
    const phone = '13911110006'
    await host.call('auth-otp-request', { phone })
    const code = host.latestOtp('0006')
    const wrong = code === '000000' ? '111111' : '000000'
    expect((await host.call('auth-otp-verify', { phone, code: wrong })).body.code).toBe(ReturnCode.OTP_INVALID)
    const ok = await host.call('auth-otp-verify', { phone, code })
    expect(ok.body.code).toBe(ReturnCode.OK)
    expect((await host.call('auth-otp-verify', { phone, code })).body.code).toBe(ReturnCode.OTP_INVALID)
    const token = ok.body.data.token
    expect((await host.call('auth-logout', {}, token)).body.code).toBe(ReturnCode.OK)
    expect((await host.call('auth-session', {}, token)).body.code).toBe(ReturnCode.SESSION_EXPIRED)

    await host.call('auth-otp-request', { phone })
    for (let i = 0; i < 5; i++) await host.call('auth-otp-verify', { phone, code: String(100000 + i) })
    expect((await host.call('auth-otp-verify', { phone, code: host.latestOtp('0006') })).body.code).toBe(ReturnCode.OTP_INVALID)
  })

  maybe('a phone locked by too many wrong codes is refused even the right code, and gets no new one until the window ends', async () => {
    const phone = '13911110016'
    const wrongFor = (code: string, i: number) => String((Number(code) + 1 + i) % 1_000_000).padStart(6, '0')
    // 5 wrong tries kill the first code (OTP_MAX_ATTEMPTS); 5 more on a second code reach the hourly limit of 10.
    await host.call('auth-otp-request', { phone })
    const first = host.latestOtp('0016')
    for (let i = 0; i < 5; i++) expect((await host.call('auth-otp-verify', { phone, code: wrongFor(first, i) })).body.code).toBe(ReturnCode.OTP_INVALID)
    expect((await host.call('auth-otp-request', { phone })).body.code).toBe(ReturnCode.OK)
    const second = host.latestOtp('0016')
    for (let i = 0; i < 4; i++) expect((await host.call('auth-otp-verify', { phone, code: wrongFor(second, i) })).body.code).toBe(ReturnCode.OTP_INVALID)
    expect((await host.call('auth-otp-verify', { phone, code: wrongFor(second, 4) })).body.code).toBe(ReturnCode.RATE_LIMITED)
    // The live code is dead: the right one is refused, and no new code is sent while the window lasts.
    expect((await host.call('auth-otp-verify', { phone, code: second })).body.code).toBe(ReturnCode.RATE_LIMITED)
    expect((await host.call('auth-otp-request', { phone })).body.code).toBe(ReturnCode.RATE_LIMITED)
    expect(host.latestOtp('0016')).toBe(second)
  })

  maybe('log out everywhere ends every session; a forged token is refused', async () => {
    const a = await host.login('13911110007')
    const b = await host.login('13911110007')
    expect((await host.call('auth-logout-all', {}, a)).body.data.ended).toBe(2)
    expect((await host.call('auth-session', {}, b)).body.code).toBe(ReturnCode.SESSION_EXPIRED)
    const forged = a.replace(/.$/, c => (c === 'A' ? 'B' : 'A'))
    expect((await host.call('auth-session', {}, forged)).body.code).toBe(ReturnCode.UNAUTHENTICATED)
  })

  maybe('unknown functions and oversized bodies get stable codes', async () => {
    expect((await host.call('no-such-function', {})).body.code).toBe(ReturnCode.UNKNOWN_FUNCTION)
    const big = await host.call('auth-otp-request', { phone: '13911110008', pad: 'x'.repeat(100_000) })
    expect(big.status).toBe(413)
    expect(big.body.code).toBe(ReturnCode.PAYLOAD_TOO_LARGE)
  })
})
