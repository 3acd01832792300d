// The verifier's server side on SQLite and PostgreSQL: online verification with the freshest revocations,
// scans recorded once per idempotency key (also when a sync is retried), history and today's figures.
import { ReturnCode } from '@core/api/return-codes'
import { randomUUID } from 'node:crypto'
import { presentCredential } from '@core/credential/present'
import { readOwnCredential } from '@core/credential/read-credential'
import { startHost, RunningHost } from '../support/host'
import { inspectPostgres, inspectSqlite, Inspector } from '../support/db-inspect'
import { describeOnEngines } from '../support/engine-suite'
import { basicInfo, declaration, newDevice, validIdNumber } from '../support/citizen'

describeOnEngines('verifier path on %s', 60_000, ({ engine, schema, test, setup, cleanup }) => {
  let host: RunningHost
  let db: Inspector
  setup(async h => {
    host = h
    db = engine === 'postgres' ? await inspectPostgres(schema) : await inspectSqlite(h.dataDir)
  })
  cleanup(() => db.close())

  async function citizenCode(phone: string, id: string) {
    const token = await host.login(phone)
    await host.call('consent-accept', { version: (await host.call('consent-status', {}, token)).body.data.version }, token)
    expect((await host.call('health-declare', declaration({ basic: await basicInfo(host, id, '赵六') }), token)).body.code).toBe(ReturnCode.OK)
    const device = newDevice()
    const code = (await host.call('code-generate', { devicePublicKey: device.publicKeyBase64 }, token)).body.data
    return { token, device, credential: code.credential as string }
  }

  test('verifies online, records each scan once, and shows history and today\'s figures', async () => {
    const citizen = await citizenCode('13933330001', validIdNumber('330106', '19900101', '321'))
    const verifier = await host.login('13800000003')
    const qr = presentCredential(citizen.credential, citizen.device.privateKey, Date.now() / 1000)
    const key = randomUUID()
    const r = await host.call('code-verify', { text: qr, idempotencyKey: key }, verifier)
    expect(r.body.data.view).toMatchObject({ valid: true, status: 'green', name: '赵*', kind: 'healthcode' })
    expect(r.body.data.view).not.toHaveProperty('holder')
    expect(r.body.data.recorded).toBe(true)
    expect((await host.call('code-verify', { text: qr, idempotencyKey: key }, verifier)).body.data.recorded).toBe(false)

    const batch = Array.from({ length: 3 }, (_, i) => ({
      idempotencyKey: randomUUID(), scannedAt: Date.now() - 60_000 * (i + 1), valid: i !== 2, updateNeeded: false, kind: 'healthcode',
      reasons: i === 2 ? ['stale-presentation'] : [], status: i === 2 ? null : 'green', holder: null, holderRegion: '330100', offline: true
    }))
    expect((await host.call('scan-record', { scans: batch }, verifier)).body.data).toMatchObject({ accepted: 3, duplicates: 0 })
    expect((await host.call('scan-record', { scans: [...batch, { ...batch[0], idempotencyKey: randomUUID() }] }, verifier)).body.data).toMatchObject({ accepted: 1, duplicates: 3 })
    expect(await db.count('scans')).toBe(5)

    const history = (await host.call('scan-history', {}, verifier)).body.data.scans
    expect(history).toHaveLength(5)
    expect(history.filter((s: { offline: boolean }) => s.offline)).toHaveLength(4)

    const admin = await host.login('13800000001')
    const today = (await host.call('scan-stats', {}, admin)).body.data
    const point = today.points.find((p: { scans: number }) => p.scans > 0)
    expect(point).toMatchObject({ name: '文三路核酸采集点', scans: 5, valid: 4, invalid: 1 })
    expect(today.codesIssued).toBeGreaterThanOrEqual(1)
  })

  test('the holder’s access history says what each checkpoint saw: the colour, a refusal, or no decision', async () => {
    const citizen = await citizenCode('13933330005', validIdNumber('330106', '19900105', '325'))
    const holder = readOwnCredential(citizen.credential)!.claims.holder
    const verifier = await host.login('13800000003')
    const scan = (minutesAgo: number, valid: boolean, updateNeeded: boolean, reasons: string[]) => ({
      idempotencyKey: randomUUID(), scannedAt: Date.now() - minutesAgo * 60_000, valid, updateNeeded, kind: 'healthcode',
      reasons, status: valid ? 'green' : null, holder, holderRegion: '330100', offline: true
    })
    const batch = [scan(3, true, false, []), scan(2, false, false, ['stale-presentation']), scan(1, false, true, ['trust-list-stale'])]
    expect((await host.call('scan-record', { scans: batch }, verifier)).body.data).toMatchObject({ accepted: 3 })
    const entries = (await host.call('access-log', {}, citizen.token)).body.data.entries
    const scans = entries.filter((e: { kind: string }) => e.kind === 'scan')
    expect(scans.map((e: { outcome: string }) => e.outcome)).toEqual(['unchecked', 'invalid', 'green'])
    expect(scans[0]).toMatchObject({ who: 'verifier', where: '文三路核酸采集点', purpose: 'checkpoint' })
  })

  test('only verifiers record scans, and only at their own point', async () => {
    const citizen = await host.login('13933330002')
    const r = await host.call('scan-record', { scans: [{ idempotencyKey: randomUUID(), scannedAt: Date.now(), valid: true, updateNeeded: false, kind: 'healthcode', reasons: [], status: 'green', holder: null, holderRegion: null, offline: false }] }, citizen)
    expect(r.body.code).toBe(ReturnCode.FORBIDDEN)
    const verifier = await host.login('13800000003')
    const spoof = await host.call('scan-record', { scans: [], pointId: 'elsewhere' }, verifier)
    expect(spoof.body.code).toBe(ReturnCode.INVALID_INPUT)
  })

  test('a code revoked on the server is rejected online at once', async () => {
    const citizen = await citizenCode('13933330003', validIdNumber('330106', '19900202', '654'))
    const before = presentCredential(citizen.credential, citizen.device.privateKey, Date.now() / 1000)
    const red = await host.call('trip-declare', { trips: [{ region: '420106', from: new Date(Date.now() - 3 * 86400_000 + 8 * 3600_000).toISOString().slice(0, 10), to: new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10) }] }, citizen.token)
    expect(red.body.data.status.status).toBe('red')
    const verifier = await host.login('13800000003')
    const r = await host.call('code-verify', { text: before, idempotencyKey: randomUUID() }, verifier)
    expect(r.body.data.view).toMatchObject({ valid: false, reasons: ['revoked'], status: null, name: null })
  })
})

describe('scans queued before a verifier moves', () => {
  let host: RunningHost
  beforeAll(async () => { host = await startHost() }, 60_000)
  afterAll(async () => { await host.stop() })

  it('land at the point the verifier was at when scanning, and a point never held is refused', async () => {
    const admin = await host.login('13800000001')
    const verifier = await host.login('13800000003')
    const oldPoint = (await host.call('auth-session', {}, verifier)).body.data.account.pointId
    const scan = (key: string, at: number, pointId: string | null) => ({
      idempotencyKey: key, scannedAt: at, valid: true, updateNeeded: false, kind: 'healthcode', reasons: [], status: 'green', holder: null, holderRegion: '330100', offline: true, pointId
    })
    const before = Date.now() // after the seed assigned the verifier, before the move below
    await new Promise(r => setTimeout(r, 5))
    const newPoint = (await host.call('point-create', { name: '新采集点', address: '某路 9 号', kind: 'collection' }, admin)).body.data.id
    const staffId = (await host.call('staff-list', {}, admin)).body.data.staff.find((s: any) => s.role === 'verifier').staffId
    await host.call('staff-update', { staffId, pointId: newPoint }, admin)
    const other = (await host.call('point-create', { name: '未分配的点', address: '某路 10 号', kind: 'collection' }, admin)).body.data.id
    const after = await host.login('13800000003')
    const r = await host.call('scan-record', { scans: [scan(randomUUID(), before, oldPoint), scan(randomUUID(), Date.now(), null), scan(randomUUID(), Date.now(), other)] }, after)
    expect(r.body.data).toMatchObject({ accepted: 2, refused: [expect.any(String)] })
    const db = await inspectSqlite(host.dataDir)
    const points = (await db.rows('select point_id from scans order by scanned_at')).map(x => x.point_id)
    await db.close()
    expect(points).toEqual([oldPoint, newPoint])
  })
})
