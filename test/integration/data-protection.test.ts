// Keys, retention and deletion from the command line, against a running host on SQLite.
import { ReturnCode } from '@core/api/return-codes'
import { spawn, spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { presentCredential } from '@core/credential/present'
import { verify } from '@core/credential/verify'
import { startHost, RunningHost } from '../support/host'
import { basicInfo, chinaToday, declaration, newDevice, validIdNumber } from '../support/citizen'

const bin = join(__dirname, '..', '..', 'bin', 'healthcode.js')

describe('data protection', () => {
  let host: RunningHost
  // Key files are re-read every 200 ms here (KEY_RELOAD_MS), so no test waits on the production 2 s.
  beforeAll(async () => { host = await startHost({ env: { KEY_RELOAD_MS: '200' } }) }, 60_000)
  afterAll(async () => { await host.stop() })
  const env = () => ({ ...process.env, DATA_DIR: host.dataDir, DATABASE_URL: '', PG_SCHEMA: '', KEY_RELOAD_MS: '200' })
  const cli = (...args: string[]) => {
    const r = spawnSync(process.execPath, [bin, ...args], { env: env(), encoding: 'utf8' })
    return { code: r.status, out: r.stdout.trim(), err: r.stderr }
  }
  const cliAsync = (...args: string[]) => new Promise<{ code: number | null; out: string }>(resolve => {
    const child = spawn(process.execPath, [bin, ...args], { env: env() })
    let out = ''
    child.stdout.on('data', d => { out += d })
    child.on('exit', code => resolve({ code, out: out.trim() }))
  })
  const db = () => new Database(join(host.dataDir, 'healthcode.db'))

  async function citizen(phone: string, id: string) {
    const token = await host.login(phone)
    await host.call('consent-accept', { version: (await host.call('consent-status', {}, token)).body.data.version }, token)
    expect((await host.call('health-declare', declaration({ basic: await basicInfo(host, id, '孙八') }), token)).body.code).toBe(ReturnCode.OK)
    const device = newDevice()
    const code = (await host.call('code-generate', { devicePublicKey: device.publicKeyBase64 }, token)).body.data
    return { token, device, credential: code.credential as string }
  }

  it('rotates the data and hash keys while serving: everything stays readable, no old-key value remains', async () => {
    const id = validIdNumber('330106', '19550505', '505')
    const person = await citizen('13966660001', id)
    const admin = await host.login('13800000001')
    const secretsBefore = JSON.parse(readFileSync(join(host.dataDir, 'keys', 'secrets.json'), 'utf8'))
    const rotation = cliAsync('keys', 'rotate-data-key', '--reload-wait', '3')
    // The host keeps serving during the rotation.
    for (let i = 0; i < 5; i++) {
      expect((await host.call('health-info', {}, person.token)).body.code).toBe(ReturnCode.OK)
      await new Promise(r => setTimeout(r, 500))
    }
    const r = await rotation
    expect(r.code).toBe(0)
    expect(JSON.parse(r.out)).toMatchObject({ remainingOld: 0 })
    const dump = JSON.stringify(db().prepare('select * from accounts').all()) + JSON.stringify(db().prepare('select * from citizens').all()) + JSON.stringify(db().prepare('select * from declarations').all())
    expect(dump).not.toContain(`v1.${secretsBefore.activeDataKey}.`)
    const secrets = JSON.parse(readFileSync(join(host.dataDir, 'keys', 'secrets.json'), 'utf8'))
    expect(Object.keys(secrets.dataKeys)).toEqual([secrets.activeDataKey])
    await new Promise(r => setTimeout(r, 600)) // the host reloads the trimmed key file (3 × KEY_RELOAD_MS)
    expect(await host.login('13966660001')).toBeTruthy() // the phone is found under the new hash key
    expect((await host.call('health-info', {}, person.token)).body.data.holder.name).toBe('孙*')
    expect((await host.call('staff-list', {}, admin)).body.data.staff.length).toBeGreaterThan(0)
    const other = await host.login('13966660002')
    await host.call('consent-accept', { version: (await host.call('consent-status', {}, other)).body.data.version }, other)
    const again = await host.call('health-declare', declaration({ basic: await basicInfo(host, id) }), other)
    // The ID number is still found under the new key: the answer says only "in-person check", but the
    // try is recorded as a conflict and its owner is told.
    expect(again.body.code).toBe(ReturnCode.IDENTITY_CHECK_REQUIRED)
    expect(db().prepare("select outcome from identity_attempts where outcome = 'conflict'").all()).toHaveLength(1)
    expect((await host.call('notices-list', {}, person.token)).body.data.notices.filter((n: { kind: string }) => n.kind === 'identity')).toHaveLength(1)
  }, 60_000)

  it('rotates the issuing key: announced in the trust list before use; old codes stay valid', async () => {
    const person = await citizen('13966660003', validIdNumber('330106', '19600606', '606'))
    const before = (await (await fetch(`${host.url}/trust-list.json`)).json()).issuers.filter((k: any) => (k.use ?? 'issue') === 'issue')
    const rotation = cliAsync('keys', 'rotate-issuer', '--publish-wait', '4')
    let finished = false
    void rotation.then(() => { finished = true })
    // The next key is published while the rotation still waits, and before it signs anything.
    let during: any[] = before
    while (!finished && during.length === before.length) {
      await new Promise(r => setTimeout(r, 100))
      during = (await (await fetch(`${host.url}/trust-list.json`)).json()).issuers.filter((k: any) => (k.use ?? 'issue') === 'issue')
    }
    expect(finished).toBe(false)
    expect(during.length).toBe(before.length + 1)
    const r = await rotation
    expect(r.code).toBe(0)
    const { active, retired } = JSON.parse(r.out)
    expect(during.map((k: any) => k.kid)).toContain(active)
    await new Promise(r => setTimeout(r, 600)) // the host activates the new key (3 × KEY_RELOAD_MS)
    const trust = await (await fetch(`${host.url}/trust-list.json`)).json()
    const t = Date.now()
    expect(verify(presentCredential(person.credential, person.device.privateKey, t / 1000), trust, t)).toMatchObject({ valid: true, claims: { kid: retired } })
    const fresh = (await host.call('code-generate', { devicePublicKey: person.device.publicKeyBase64 }, person.token)).body.data
    expect(verify(presentCredential(fresh.credential, person.device.privateKey, t / 1000), trust, t)).toMatchObject({ valid: true, claims: { kid: active } })
  }, 60_000)

  it('purges exactly the rows older than each period', async () => {
    const verifier = await host.login('13800000003')
    const day = 86400_000
    const scan = (key: string, at: number) => ({ idempotencyKey: key, scannedAt: at, valid: true, updateNeeded: false, kind: 'healthcode', reasons: [], status: 'green', holder: null, holderRegion: '330100', offline: true })
    // The verifier was assigned at the seed, so back-dated scans are placed by checking the current point only.
    const conn = db()
    const pointId = (conn.prepare('select point_id from staff where role = ?').get('verifier') as { point_id: string }).point_id
    conn.close()
    await host.call('scan-record', { scans: [scan('old-scan-0001', Date.now() - 29 * day), scan('new-scan-0001', Date.now() - 27 * day)].map(s => ({ ...s, pointId })) }, verifier)
    const d = db()
    const accountId = (d.prepare('select account_id from citizens limit 1').get() as { account_id: string }).account_id
    d.prepare("insert into declarations (id, account_id, kind, at, data_enc) values ('old-decl', ?, 'health', ?, 'x'), ('new-decl', ?, 'health', ?, 'x')").run(accountId, Date.now() - 29 * day, accountId, Date.now() - 27 * day)
    d.prepare("insert into trips (id, account_id, declaration_id, region, from_date, to_date) values ('old-trip', ?, 'x', '330106', ?, ?), ('new-trip', ?, 'x', '330106', ?, ?)")
      .run(accountId, chinaToday(-31), chinaToday(-29), accountId, chinaToday(-28), chinaToday(-27))
    d.close()
    const r = cli('purge')
    expect(r.code).toBe(0)
    const after = db()
    const ids = (table: string, like: string) => (after.prepare(`select id from ${table} where id like ?`).all(like) as { id: string }[]).map(x => x.id)
    expect(ids('declarations', '%-decl')).toEqual(['new-decl'])
    expect(ids('trips', '%-trip')).toEqual(['new-trip'])
    expect((after.prepare("select idempotency_key k from scans where idempotency_key like '%-scan-0001'").all() as { k: string }[]).map(x => x.k)).toEqual(['new-scan-0001'])
    after.close()
    expect(JSON.parse(r.out)).toMatchObject({ scans: 1, declarations: 1, trips: 1 })
  }, 60_000)

  it('decommissions: no personal data remains and the signed report verifies', async () => {
    const trust = await (await fetch(`${host.url}/trust-list.json`)).json()
    writeFileSync(join(host.dataDir, 'trust.json'), JSON.stringify(trust))
    await host.stop()
    const out = join(host.dataDir, 'report.json')
    const r = cli('decommission', '--yes', '--out', out)
    expect(r.code).toBe(0)
    const report = JSON.parse(readFileSync(out, 'utf8'))
    expect(report.counts.citizens).toBeGreaterThan(0)
    const d = db()
    for (const table of ['accounts', 'citizens', 'declarations', 'trips', 'scans', 'statuses', 'status_history', 'lab_results', 'sessions', 'staff']) {
      expect((d.prepare(`select count(*) n from ${table}`).get() as { n: number }).n).toBe(0)
    }
    d.close()
    expect(cli('decommission', '--verify', out, '--trust', join(host.dataDir, 'trust.json')).code).toBe(0)
    writeFileSync(out, JSON.stringify({ ...report, counts: { ...report.counts, citizens: 0 } }))
    expect(cli('decommission', '--verify', out, '--trust', join(host.dataDir, 'trust.json')).code).toBe(1)
    expect(cli('audit-log', 'verify').code).toBe(0)
  }, 60_000)
})
