// The citizen's path through the real host on SQLite and PostgreSQL: consent, declaration with real-name
// binding, audit, a signed credential that verifies against the published trust list, red on a high-risk
// trip with the green code revoked, and a new phone revoking the old one.
import { ReturnCode } from '@core/api/return-codes'
import { presentCredential } from '@core/credential/present'
import { verify } from '@core/credential/verify'
import type { RunningHost } from '../support/host'
import { inspectPostgres, inspectSqlite, Inspector } from '../support/db-inspect'
import { describeOnEngines } from '../support/engine-suite'
import { basicInfo, chinaToday, declaration, newDevice, validIdNumber } from '../support/citizen'

describeOnEngines('citizen path on %s', 60_000, ({ engine, schema, test, setup, cleanup }) => {
  let host: RunningHost
  let db: Inspector
  setup(async h => {
    host = h
    db = engine === 'postgres' ? await inspectPostgres(schema) : await inspectSqlite(h.dataDir)
  })
  cleanup(() => db.close())

  test('declares, gets green, holds a code that verifies offline, turns red on a high-risk trip', async () => {
    const token = await host.login('13922220001')
    expect((await host.call('health-declare', declaration(), token)).body.code).toBe(ReturnCode.CONSENT_REQUIRED)
    const consent = await host.call('consent-status', {}, token)
    expect((await host.call('consent-accept', { version: consent.body.data.version }, token)).body.code).toBe(ReturnCode.OK)

    const before = await db.dump()
    const badId = validIdNumber().slice(0, 17) + (validIdNumber().endsWith('1') ? '2' : '1')
    const bad = await host.call('health-declare', declaration({ basic: await basicInfo(host, badId) }), token)
    expect(bad.body).toMatchObject({ code: ReturnCode.INVALID_INPUT, issues: [{ path: 'basic.idNumber', code: 'id_check_digit' }] })
    const future = await host.call('health-declare', declaration({ basic: await basicInfo(host, validIdNumber()), trips: [{ region: '330106', from: chinaToday(1), to: chinaToday(2) }] }), token)
    expect(future.body.issues).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'trips.0.from', code: 'future_date' })]))
    // Well-formed but not a county: the use case checks the region directory and answers like the schema.
    const nowhere = await host.call('health-declare', declaration({ basic: await basicInfo(host, validIdNumber()), trips: [{ region: '999999', from: chinaToday(-2), to: chinaToday(-1) }] }), token)
    expect(nowhere.body).toMatchObject({ code: ReturnCode.INVALID_INPUT, issues: [{ path: 'trips.0.region', code: 'region' }] })
    expect(await db.dump()).toBe(before)

    const id = validIdNumber()
    const ok = await host.call('health-declare', declaration({ basic: await basicInfo(host, id) }), token)
    expect(ok.body.code).toBe(ReturnCode.OK)
    expect(ok.body.data.status).toMatchObject({ status: 'green' })
    expect(ok.body.data.code).toBeNull()
    expect(await db.dump()).not.toContain(id)

    const phone = newDevice()
    const code = await host.call('code-generate', { devicePublicKey: phone.publicKeyBase64 }, token)
    expect(code.body.data).toMatchObject({ status: 'green', deviceChanged: true })
    const trust = (await (await fetch(`${host.url}/trust-list.json`)).json())
    const now = Date.now()
    const shown = presentCredential(code.body.data.credential, phone.privateKey, now / 1000)
    expect(verify(shown, trust, now)).toMatchObject({ valid: true, claims: { name: '王*', id: '33**************' + id.slice(-2), status: 'green' } })

    const red = await host.call('trip-declare', { trips: [{ region: '420106', from: chinaToday(-3), to: chinaToday(-2) }] }, token)
    expect(red.body.data.status).toMatchObject({ status: 'red', reason: 'high-risk-area', exit: { days: 14, checkins: 14, negativeTest: true } })
    expect(red.body.data.status.exitText.zh).toContain('14')
    const redCode = red.body.data.code
    expect(redCode).toMatchObject({ credential: expect.stringMatching(/^HZ1:/) })

    const trust2 = (await (await fetch(`${host.url}/trust-list.json`)).json())
    const t = Date.now()
    expect(verify(presentCredential(code.body.data.credential, phone.privateKey, t / 1000), trust2, t).reasons).toEqual(['revoked'])
    expect(verify(presentCredential(redCode.credential, phone.privateKey, t / 1000), trust2, t)).toMatchObject({ valid: true, claims: { status: 'red' } })

    const info = await host.call('health-info', {}, token)
    expect(info.body.data.history.map((h: { status: string }) => h.status)).toEqual(['red', 'green'])
    expect(info.body.data.status.reasonText.en).toContain('high-risk')
    const history = await db.rows("select inputs_json from status_history where to_status = 'red'")
    expect(JSON.parse(String(history[0].inputs_json)).trips[0]).toMatchObject({ region: '420106', risk: 'high' })

    const again = await host.call('health-declare', declaration({ basic: await basicInfo(host, id) }), token)
    expect(again.body.code).toBe(ReturnCode.IDENTITY_LOCKED)
  })

  test('a second phone binds a new device key and revokes the first phone only', async () => {
    const token = await host.login('13922220002')
    await host.call('consent-accept', { version: (await host.call('consent-status', {}, token)).body.data.version }, token)
    expect((await host.call('health-declare', declaration({ basic: await basicInfo(host, validIdNumber('330106', '19851111', '456'), '李四') }), token)).body.code).toBe(ReturnCode.OK)
    const first = newDevice()
    const a = (await host.call('code-generate', { devicePublicKey: first.publicKeyBase64 }, token)).body.data
    const again = (await host.call('code-generate', { devicePublicKey: first.publicKeyBase64 }, token)).body.data
    expect(again.deviceChanged).toBe(false)

    const token2 = await host.login('13922220002')
    const second = newDevice()
    const stale = await host.call('code-generate', { devicePublicKey: second.publicKeyBase64 }, token2)
    expect(stale.body.code).toBe(ReturnCode.DEVICE_REPLACED) // a renewal never takes the code over from the bound phone
    const b = (await host.call('code-generate', { devicePublicKey: second.publicKeyBase64, bind: true }, token2)).body.data
    expect(b.deviceChanged).toBe(true)
    const trust = (await (await fetch(`${host.url}/trust-list.json`)).json())
    const t = Date.now()
    expect(verify(presentCredential(a.credential, first.privateKey, t / 1000), trust, t).reasons).toEqual(['revoked'])
    expect(verify(presentCredential(b.credential, second.privateKey, t / 1000), trust, t).valid).toBe(true)
    // The old phone renewing on its own is told its code moved; it does not take the binding back.
    expect((await host.call('code-generate', { devicePublicKey: first.publicKeyBase64 }, token)).body.code).toBe(ReturnCode.DEVICE_REPLACED)
    expect((await host.call('health-info', {}, token)).body.data.deviceHash).not.toBe(null)
    // Moving it back within the same minute gives a code issued after the cut-off that revoked that phone.
    const back = (await host.call('code-generate', { devicePublicKey: first.publicKeyBase64, bind: true }, token)).body.data
    const trust2 = (await (await fetch(`${host.url}/trust-list.json`)).json())
    const t2 = Date.now()
    expect(verify(presentCredential(back.credential, first.privateKey, t2 / 1000), trust2, t2).valid).toBe(true)
    expect(verify(presentCredential(b.credential, second.privateKey, t2 / 1000), trust2, t2).reasons).toEqual(['revoked'])
  })

  test('a second revocation within the same minute still catches codes issued after the first', async () => {
    const token = await host.login('13922220005')
    await host.call('consent-accept', { version: (await host.call('consent-status', {}, token)).body.data.version }, token)
    await host.call('health-declare', declaration({ basic: await basicInfo(host, validIdNumber('330106', '19920202', '246'), '周七') }), token)
    const first = newDevice()
    await host.call('code-generate', { devicePublicKey: first.publicKeyBase64 }, token)
    const red = await host.call('trip-declare', { trips: [{ region: '420106', from: chinaToday(-2), to: chinaToday(-1) }] }, token)
    const redCode = red.body.data.code.credential
    const second = newDevice()
    expect((await host.call('code-generate', { devicePublicKey: second.publicKeyBase64, bind: true }, token)).body.data.deviceChanged).toBe(true)
    const trust = await (await fetch(`${host.url}/trust-list.json`)).json()
    const t = Date.now()
    expect(verify(presentCredential(redCode, first.privateKey, t / 1000), trust, t).reasons).toContain('revoked')
  })

  test('one ID number binds one account; the second account is only told to have its identity checked in person', async () => {
    const id = validIdNumber('330106', '19700101', '789')
    for (const phone of ['13922220003', '13922220004']) {
      const token = await host.login(phone)
      await host.call('consent-accept', { version: (await host.call('consent-status', {}, token)).body.data.version }, token)
      const r = await host.call('health-declare', declaration({ basic: await basicInfo(host, id) }), token)
      if (phone.endsWith('3')) expect(r.body.code).toBe(ReturnCode.OK)
      else expect(r.body).toEqual({ code: ReturnCode.IDENTITY_CHECK_REQUIRED, error: 'identity_check_required', message: expect.any(String) })
    }
  })
})
