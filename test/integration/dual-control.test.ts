// Auditors under dual control through the host, on SQLite and PostgreSQL, and the tamper-evident log.
import { ReturnCode } from '@core/api/return-codes'
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { Client } from 'pg'
import type { RunningHost } from '../support/host'
import { entryHash } from '../../server/kernel/audit-chain'
import { TEST_DATABASE_URL } from '../support/postgres'
import { describeOnEngines } from '../support/engine-suite'
import { basicInfo, declaration, newDevice, validIdNumber } from '../support/citizen'

const bin = join(__dirname, '..', '..', 'bin', 'healthcode.js')

describeOnEngines('dual control on %s', 120_000, ({ engine, schema, test, setup }) => {
  let host: RunningHost
  let auditor1: string
  let auditor2: string
  let seq = 0
  setup(async h => {
    host = h
    auditor1 = await host.login('13800000002')
    auditor2 = await host.login('13800000005')
  })
  const cli = (...args: string[]) => {
    const env = { ...process.env, DATA_DIR: host.dataDir, DATABASE_URL: engine === 'postgres' ? TEST_DATABASE_URL : '', PG_SCHEMA: engine === 'postgres' ? schema : '' }
    const r = spawnSync(process.execPath, [bin, ...args], { env, encoding: 'utf8' })
    return { code: r.status, out: r.stdout.trim(), err: r.stderr }
  }

  async function citizen() {
    seq++
    const phone = '1395555' + String(seq).padStart(4, '0')
    const token = await host.login(phone)
    await host.call('consent-accept', { version: (await host.call('consent-status', {}, token)).body.data.version }, token)
    expect((await host.call('health-declare', declaration({ basic: await basicInfo(host, validIdNumber('330106', '19600101', String(seq).padStart(3, '0'))) }), token)).body.code).toBe(ReturnCode.OK)
    await host.call('code-generate', { devicePublicKey: newDevice().publicKeyBase64 }, token)
    const holder = (await host.call('audit-queue', {}, auditor1)).body.data
    void holder
    return { token }
  }

  async function holderOf(token: string) {
    const appeal = await host.call('appeal-request', { description: '请核查我的状态 / please check' }, token)
    const queue = (await host.call('audit-queue', {}, auditor1)).body.data
    return queue.cases.find((c: any) => c.id === appeal.body.data.id)
  }

  test('one auditor alone cannot red-code anyone; a second auditor can, and it shows everywhere', async () => {
    const person = await citizen()
    const item = await holderOf(person.token)
    const req = await host.call('status-change-request', { subject: { holder: item.person.holder }, toStatus: 'red', reasonCode: 'contact-traced', note: '流调确认', evidence: [{ kind: 'document', ref: 'FD-2026-001' }] }, auditor1)
    expect(req.body.data.state).toBe('pending')
    expect((await host.call('health-info', {}, person.token)).body.data.status.status).toBe('green')
    expect((await host.call('status-change-approve', { changeId: req.body.data.id }, auditor1)).body.code).toBe(ReturnCode.SECOND_APPROVER_REQUIRED)
    const admin = await host.login('13800000001')
    expect((await host.call('status-change-approve', { changeId: req.body.data.id }, admin)).body.code).toBe(ReturnCode.FORBIDDEN)
    expect((await host.call('health-info', {}, person.token)).body.data.status.status).toBe('green')

    const ok = await host.call('status-change-approve', { changeId: req.body.data.id }, auditor2)
    expect(ok.body.data.state).toBe('approved')
    const info = (await host.call('health-info', {}, person.token)).body.data
    expect(info.status).toMatchObject({ status: 'red', reason: 'contact-traced', rule: 'manual' })
    expect(info.status.reasonText.zh).toBe('流调确认为密切接触')
    expect(info.history[0]).toMatchObject({ status: 'red', source: 'manual' })
    const code = (await host.call('code-generate', { devicePublicKey: newDevice().publicKeyBase64, bind: true }, person.token)).body.data
    expect(code.status).toBe('red')
  })

  test('an appeal upheld by one auditor and approved by a second turns the status back', async () => {
    const person = await citizen()
    const item = await holderOf(person.token)
    const red = await host.call('status-change-request', { subject: { holder: item.person.holder }, toStatus: 'red', reasonCode: 'lab-confirmed', note: '检测阳性', evidence: [{ kind: 'document', ref: 'LAB-1' }] }, auditor2)
    await host.call('status-change-approve', { changeId: red.body.data.id }, auditor1)
    const decided = await host.call('case-decide', { kind: 'appeal', caseId: item.id, outcome: 'upheld', reasonCode: 'evidence-supports', note: '复检阴性', change: { toStatus: 'green', reasonCode: 'appeal-upheld' } }, auditor1)
    expect(decided.body.data.state).toBe('in-review')
    expect((await host.call('health-info', {}, person.token)).body.data.status.status).toBe('red')
    await host.call('status-change-approve', { changeId: decided.body.data.changeId }, auditor2)
    const info = (await host.call('health-info', {}, person.token)).body.data
    expect(info.status).toMatchObject({ status: 'green', reason: 'appeal-upheld' })
    expect(info.cases.find((c: any) => c.id === item.id)).toMatchObject({ state: 'upheld', decision: { outcome: 'upheld', reasonCode: 'evidence-supports' } })
    const evidence = (await host.call('audit-evidence', { kind: 'appeal', caseId: item.id }, auditor1)).body.data
    expect(evidence.history.map((h: any) => h.source)).toEqual(['manual', 'manual', 'rules'])
  })

  test('the bulk threshold stops the 21st change by one auditor and alarms the admins', async () => {
    const changes: string[] = []
    for (let i = 0; i < 21; i++) {
      const person = await citizen()
      const item = await holderOf(person.token)
      const r = await host.call('status-change-request', { subject: { holder: item.person.holder }, toStatus: 'yellow', reasonCode: 'contact-traced', note: '批量', evidence: [{ kind: 'document', ref: `B-${i}` }] }, auditor1)
      changes.push(r.body.data.id)
    }
    const states: string[] = []
    for (const id of changes) states.push((await host.call('status-change-approve', { changeId: id }, auditor2)).body.data.state)
    // Two changes requested by auditor1 in the earlier tests count towards the same hourly limit of 20.
    expect(states.filter(s => s === 'approved').length).toBe(18)
    expect(states.slice(18)).toEqual(['held', 'held', 'held'])
    const admin = await host.login('13800000004')
    const alarms = (await host.call('alarm-list', {}, admin)).body.data.alarms
    expect(alarms.filter((a: any) => a.state === 'open' && a.kind === 'bulk-manual')).toHaveLength(3)
    expect((await host.call('notices-list', {}, admin)).body.data.notices[0].text.title.zh).toContain('批量转码告警')
  })

  test('healthcode audit-log verify passes, then names an edited entry, a recomputed chain and a deletion', async () => {
    expect(cli('audit-log', 'checkpoint').code).toBe(0)
    const clean = cli('audit-log', 'verify')
    expect(clean.code).toBe(0)
    expect(JSON.parse(clean.out)).toMatchObject({ ok: true })
    const exec = async (sqlText: string) => {
      if (engine === 'sqlite') { const db = new Database(join(host.dataDir, 'healthcode.db')); db.prepare(sqlText).run(); db.close(); return }
      const client = new Client({ connectionString: TEST_DATABASE_URL, options: `-c search_path=${schema}` }); await client.connect(); await client.query(sqlText); await client.end()
    }
    const rows = async (sqlText: string): Promise<any[]> => {
      if (engine === 'sqlite') { const db = new Database(join(host.dataDir, 'healthcode.db')); const r = db.prepare(sqlText).all(); db.close(); return r }
      const client = new Client({ connectionString: TEST_DATABASE_URL, options: `-c search_path=${schema}` }); await client.connect(); const r = (await client.query(sqlText)).rows; await client.end(); return r
    }
    const original = (await rows('select reason from audit_log where seq = 5'))[0].reason
    await exec("update audit_log set reason = 'forged' where seq = 5")
    const edited = cli('audit-log', 'verify')
    expect(edited.code).toBe(1)
    expect(JSON.parse(edited.out)).toMatchObject({ ok: false, firstBadSeq: 5 })
    await exec(`update audit_log set reason = ${original === null ? 'null' : `'${original}'`} where seq = 5`)
    expect(cli('audit-log', 'verify').code).toBe(0)

    // Someone with write access recomputes every hash after an edit: the chain is consistent again, but
    // the signed checkpoint no longer matches.
    const all = await rows('select * from audit_log order by seq')
    const target = Number(all[all.length - 2].seq)
    let prev = '0'.repeat(64)
    for (const r of all) {
      const row = { ...r, reason: Number(r.seq) === target ? 'rewritten' : r.reason }
      const hash = entryHash(prev, row)
      await exec(`update audit_log set reason = ${row.reason === null ? 'null' : `'${row.reason}'`}, prev_hash = '${prev}', hash = '${hash}' where seq = ${r.seq}`)
      prev = hash
    }
    await exec(`update audit_head set hash = '${prev}' where id = 1`)
    const recomputed = cli('audit-log', 'verify')
    expect(recomputed.code).toBe(1)
    expect(JSON.parse(recomputed.out).problem).toMatch(/checkpoint/)

    await exec('delete from audit_log where seq = 3')
    const deleted = cli('audit-log', 'verify')
    expect(deleted.code).toBe(1)
    expect(JSON.parse(deleted.out)).toMatchObject({ ok: false, firstBadSeq: 3 })
  })
})
