// Background audit on real data through the host, on SQLite and PostgreSQL: imports with row reports,
// match previews read by the second admin only (test/integration/import-previews.test.ts has the rest),
// a second approver; re-audits that reach exactly the affected citizens and revoke their
// codes; re-imports that change nothing; signed rule sets, with wrongly signed ones refused.
import { ReturnCode } from '@core/api/return-codes'
import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { presentCredential } from '@core/credential/present'
import { verify } from '@core/credential/verify'
import { createIssuerKey, signerOf } from '@core/credential/issuer-key'
import { defaultRuleSet, signRuleSet } from '@core/rules'
import { startHost, RunningHost } from '../support/host'
import { describeOnEngines } from '../support/engine-suite'
import { basicInfo, chinaToday, declaration, newDevice, validIdNumber } from '../support/citizen'

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64')

describeOnEngines('audit on imported data, %s', 90_000, ({ test, setup }) => {
  let host: RunningHost
  let admin1: string
  let admin2: string
  setup(async h => {
    host = h
    admin1 = await host.login('13800000001')
    admin2 = await host.login('13800000004')
  })

  async function citizen(phone: string, id: string, trips: { region: string; from: string; to: string }[] = []) {
    const token = await host.login(phone)
    await host.call('consent-accept', { version: (await host.call('consent-status', {}, token)).body.data.version }, token)
    expect((await host.call('health-declare', declaration({ basic: await basicInfo(host, id), trips }), token)).body.code).toBe(ReturnCode.OK)
    const device = newDevice()
    const code = (await host.call('code-generate', { devicePublicKey: device.publicKeyBase64 }, token)).body.data
    return { token, device, credential: code.credential as string }
  }

  async function settled(importId: string, until: (d: any) => boolean, token = admin1) {
    for (let i = 0; i < 200; i++) {
      const d = (await host.call('import-detail', { importId }, token)).body.data
      if (until(d)) return d
      await new Promise(r => setTimeout(r, 100))
    }
    throw new Error('import did not settle')
  }

  test('a risk-area import changes nothing until a second admin approves, then re-audits only the affected', async () => {
    const traveller = await citizen('13944440001', validIdNumber('330106', '19880808', '111'), [{ region: '440305', from: chinaToday(-4), to: chinaToday(-3) }])
    const stayer = await citizen('13944440002', validIdNumber('330106', '19880809', '222'))
    const csv = ['region_code,level,from,to', `440305,high,${chinaToday(-10)},${chinaToday(10)}`, `999999,high,${chinaToday(-1)},${chinaToday(1)}`, `440306,severe,${chinaToday(-1)},${chinaToday(1)}`].join('\n')
    const up = await host.call('import-upload', { source: 'risk-areas', fileName: 'areas.csv', contentBase64: b64(csv) }, admin1)
    expect(up.body.data.duplicate).toBe(false)
    const d = await settled(up.body.data.import.id, x => x.state !== 'processing')
    expect(d).toMatchObject({ state: 'preview', totalRows: 3, acceptedRows: 1 })
    expect(d).not.toHaveProperty('preview')
    expect((await host.call('import-preview', { importId: d.id }, admin1)).body.code).toBe(ReturnCode.SECOND_APPROVER_REQUIRED)
    expect((await host.call('import-preview', { importId: d.id }, admin2)).body.data.preview).toMatchObject({ affected: 1, wouldChange: 1, byStatus: { red: 1 } })
    expect(d.rejected.map((p: any) => [p.line, p.column, p.code])).toEqual([[3, 'region_code', 'region'], [4, 'level', 'level']])
    expect((await host.call('health-info', {}, traveller.token)).body.data.status.status).toBe('green')

    expect((await host.call('import-approve', { importId: d.id }, admin1)).body.code).toBe(ReturnCode.SECOND_APPROVER_REQUIRED)
    const approved = await host.call('import-approve', { importId: d.id }, admin2)
    expect(approved.body.data.state).toBe('approved')
    const done = await settled(d.id, x => x.job?.state === 'done', admin2)
    expect(done.job).toMatchObject({ total: 1, done: 1, changed: 1 })
    // The uploader sees that it ran, not how many it reached.
    expect((await host.call('import-detail', { importId: d.id }, admin1)).body.data.job).toEqual({ id: done.job.id, state: 'done' })

    const info = (await host.call('health-info', {}, traveller.token)).body.data
    expect(info.status).toMatchObject({ status: 'red', reason: 'high-risk-area' })
    expect(info.status.exitText.zh).toContain('14')
    expect((await host.call('health-info', {}, stayer.token)).body.data.status.status).toBe('green')
    const trust = await (await fetch(`${host.url}/trust-list.json`)).json()
    const t = Date.now()
    expect(verify(presentCredential(traveller.credential, traveller.device.privateKey, t / 1000), trust, t).reasons).toEqual(['revoked'])
    expect(verify(presentCredential(stayer.credential, stayer.device.privateKey, t / 1000), trust, t).valid).toBe(true)
    const notices = (await host.call('notices-list', {}, traveller.token)).body.data.notices
    expect(notices[0].text.title.zh).toContain('红码')

    const again = await host.call('import-upload', { source: 'risk-areas', fileName: 'areas-again.csv', contentBase64: b64(csv) }, admin1)
    expect(again.body.data).toMatchObject({ duplicate: true, import: { id: d.id } })
  })

  test('test-result and case-list imports match people by keyed hash only', async () => {
    const id = validIdNumber('330106', '19770707', '333')
    const person = await citizen('13944440003', id)
    const csv = `身份证号,类别,列入日期\n${id},密接,${chinaToday(-1)}\n${id.slice(0, 17)}0,密接,${chinaToday(-1)}\n`
    const up = await host.call('import-upload', { source: 'contacts', fileName: '密接名单.csv', contentBase64: b64(csv) }, admin2)
    const d = await settled(up.body.data.import.id, x => x.state !== 'processing')
    expect(d).toMatchObject({ acceptedRows: 1 })
    const read = (await host.call('import-preview', { importId: d.id }, admin1)).body.data
    expect(read.preview).toMatchObject({ affected: 1, wouldChange: 1 })
    expect(JSON.stringify(read)).not.toContain(id.slice(0, 17))
    expect(JSON.stringify(d)).not.toContain(id)
    expect(JSON.stringify(d)).not.toContain(id.slice(0, 17))
    await host.call('import-approve', { importId: d.id }, admin1)
    await settled(d.id, x => x.job?.state === 'done')
    expect((await host.call('health-info', {}, person.token)).body.data.status).toMatchObject({ status: 'red', reason: 'close-contact' })
    const log = readFileSync(host.logFile, 'utf8')
    expect(log).not.toContain(id)
  })

  test('rule sets: a wrongly signed set is refused with a clear message; a set signed with the rules key applies', async () => {
    const rules = { ...defaultRuleSet(), region: '330100', version: 2 }
    const wrongKey = createIssuerKey('ES256', '330100', n => new Uint8Array(randomBytes(n)), Date.now() - 60_000, { use: 'rules' })
    const refused = await host.call('rules-publish', { signed: signRuleSet(rules, signerOf(wrongKey)) }, admin1)
    expect(refused.body).toMatchObject({ code: ReturnCode.INVALID_INPUT, issues: [{ path: 'signed', code: 'unknown-key' }] })
    expect(refused.body.issues![0].message).toMatch(/密钥|key/)
    const rulesKey = JSON.parse(readFileSync(join(host.dataDir, 'keys', 'rules.json'), 'utf8'))
    const ok = await host.call('rules-publish', { signed: signRuleSet(rules, signerOf(rulesKey)) }, admin1)
    expect(ok.body.data.version).toBe(2)
    const older = await host.call('rules-publish', { signed: signRuleSet({ ...rules, version: 2 }, signerOf(rulesKey)) }, admin1)
    expect(older.body.issues![0].code).toBe('version-not-newer')
    const current = (await host.call('rules-current', {})).body.data
    expect(current).toMatchObject({ source: 'published', version: 2 })
  })
})

describe('an import above the bulk threshold', () => {
  let host: RunningHost
  beforeAll(async () => { host = await startHost({ env: { BULK_PER_REGION_PER_HOUR: '0' } }) }, 60_000)
  afterAll(async () => { await host.stop() })

  it('holds its re-audit and alarms the admins until one releases it', async () => {
    const admin1 = await host.login('13800000001')
    const admin2 = await host.login('13800000004')
    const token = await host.login('13944449999')
    await host.call('consent-accept', { version: (await host.call('consent-status', {}, token)).body.data.version }, token)
    await host.call('health-declare', declaration({ basic: await basicInfo(host, validIdNumber('330106', '19660606', '606')), trips: [{ region: '440305', from: chinaToday(-2), to: chinaToday(-1) }] }), token)
    const up = await host.call('import-upload', { source: 'risk-areas', fileName: 'a.csv', contentBase64: b64(`region_code,level,from,to\n440305,medium,${chinaToday(-5)},${chinaToday(5)}\n`) }, admin1)
    let d
    for (let i = 0; i < 100 && (d = (await host.call('import-detail', { importId: up.body.data.import.id }, admin1)).body.data).state === 'processing'; i++) await new Promise(r => setTimeout(r, 50))
    expect((await host.call('import-preview', { importId: d.id }, admin2)).body.data.preview.wouldChange).toBe(1)
    const approved = (await host.call('import-approve', { importId: d.id }, admin2)).body.data
    expect(approved.job.state).toBe('held')
    expect((await host.call('health-info', {}, token)).body.data.status.status).toBe('green')
    const alarm = (await host.call('alarm-list', {}, admin2)).body.data.alarms.find((a: any) => a.kind === 'bulk-import')
    expect(alarm).toMatchObject({ state: 'open', detail: { wouldChange: 1, limit: 0 } })
    // The uploader sees the hold, not how many people it would change.
    const theirs = (await host.call('alarm-list', {}, admin1)).body.data.alarms.find((a: any) => a.id === alarm.id)
    expect(theirs.detail).not.toHaveProperty('wouldChange')
    expect(theirs.detail).toMatchObject({ limit: 0, job: alarm.detail.job })
    await host.call('alarm-resolve', { alarmId: alarm.id, action: 'release', note: '已核实名单' }, admin1)
    for (let i = 0; i < 100 && (await host.call('health-info', {}, token)).body.data.status.status === 'green'; i++) await new Promise(r => setTimeout(r, 50))
    expect((await host.call('health-info', {}, token)).body.data.status).toMatchObject({ status: 'yellow', reason: 'medium-risk-area' })
  }, 60_000)
})
