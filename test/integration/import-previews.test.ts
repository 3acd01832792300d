// Through the host, on SQLite and PostgreSQL: an admin's import must not be a lookup. The
// uploader of a one-row import sees, in every answer they can get about it, the row check and the row
// count and nothing that follows from who is registered; padding a file with ten known people and
// comparing 10 against 11 shows them nothing but the row counts. The approving admin reads the match
// preview, and that read is in the audit log. Every upload is on the alarms page; the sixth rejected
// upload by one admin in a day alarms the others.
import { ReturnCode } from '@core/api/return-codes'
import type { RunningHost } from '../support/host'
import { describeOnEngines } from '../support/engine-suite'
import { inspectPostgres, inspectSqlite, type Inspector } from '../support/db-inspect'
import { basicInfo, chinaToday, declaration, validIdNumber } from '../support/citizen'
import { IMPORT_KEYS, UPLOADER_JOB_KEYS, UPLOAD_ALARM_DETAIL_KEYS, comparable, matchKeysIn, ownKeys } from '../support/uploader-view'

const b64 = (lines: string[]) => Buffer.from(lines.join('\n'), 'utf8').toString('base64')
const testResults = (ids: string[]) => ['身份证号,检测结果,采样时间,检测机构', ...ids.map(id => `${id},阳性,${chinaToday(-1)} 09:30,杭州市疾控中心`)]

describeOnEngines('an admin\'s import is not a lookup, %s', 120_000, ({ engine, schema, test, setup, cleanup }) => {
  let host: RunningHost
  let db: Inspector
  let admin1: string
  let admin2: string
  let phones = 0
  setup(async h => {
    host = h
    admin1 = await host.login('13800000001')
    admin2 = await host.login('13800000004')
    db = engine === 'sqlite' ? await inspectSqlite(host.dataDir) : await inspectPostgres(schema)
  })
  cleanup(async () => { await db.close() })

  /** A citizen who declared with this ID number. */
  async function registered(seq: number): Promise<string> {
    const id = validIdNumber('330106', '19700101', String(seq).padStart(3, '0'))
    const token = await host.login('1396666' + String(++phones).padStart(4, '0'))
    await host.call('consent-accept', { version: (await host.call('consent-status', {}, token)).body.data.version }, token)
    expect((await host.call('health-declare', declaration({ basic: await basicInfo(host, id) }), token)).body.code).toBe(ReturnCode.OK)
    return id
  }

  async function upload(lines: string[], fileName: string, token: string) {
    const up = await host.call('import-upload', { source: 'test-results', fileName, contentBase64: b64(lines) }, token)
    expect(up.body.code).toBe(ReturnCode.OK)
    return up.body
  }

  /** import-detail as `token`, once the rows are checked. */
  async function settled(importId: string, token: string, until: (d: any) => boolean = d => d.state !== 'processing') {
    for (let i = 0; i < 200; i++) {
      const r = await host.call('import-detail', { importId }, token)
      if (until(r.body.data)) return r.body
      await new Promise(res => setTimeout(res, 50))
    }
    throw new Error('import did not settle')
  }

  /** Every answer the uploader can get about one upload of theirs, whole (code, message, data), up to their own rejection. */
  async function everythingTheUploaderSees(lines: string[], fileName: string, token: string) {
    const up = await upload(lines, fileName, token)
    const importId = up.data.import.id
    const detail = await settled(importId, token)
    const list = (await host.call('import-list', {}, token)).body
    const listed = list.data.imports.find((i: any) => i.id === importId)
    const previewRefused = (await host.call('import-preview', { importId }, token)).body
    const alarm = (await host.call('alarm-list', {}, token)).body.data.alarms.find((a: any) => a.detail.import === importId)
    const rejected = (await host.call('import-reject', { importId, reason: '撤回' }, token)).body
    const afterwards = (await host.call('import-detail', { importId }, token)).body
    const previewAfterwards = (await host.call('import-preview', { importId }, token)).body
    return { up, detail, listed, previewRefused, alarm, rejected, afterwards, previewAfterwards }
  }

  test('the uploader of a one-row import sees no match counts in any answer; the approving admin does, and that read is logged', async () => {
    const id = await registered(1)
    const lines = testResults([id])
    const up = await upload(lines, '一行.csv', admin1)
    expect(ownKeys(up)).toEqual(['code', 'data', 'message'])
    expect(ownKeys(up.data)).toEqual(['duplicate', 'import'])
    expect(ownKeys(up.data.import)).toEqual(IMPORT_KEYS)
    const importId = up.data.import.id
    const detail = await settled(importId, admin1)
    expect(ownKeys(detail.data)).toEqual(IMPORT_KEYS)
    expect(detail.data).toMatchObject({ state: 'preview', totalRows: 1, acceptedRows: 1, rejected: [], job: null })
    const list = (await host.call('import-list', {}, admin1)).body
    for (const imp of list.data.imports) expect(ownKeys(imp)).toEqual(IMPORT_KEYS)
    const again = (await host.call('import-upload', { source: 'test-results', fileName: '再传.csv', contentBase64: b64(lines) }, admin1)).body
    expect(again.data.duplicate).toBe(true)
    expect(ownKeys(again.data.import)).toEqual(IMPORT_KEYS)
    const previewRefused = (await host.call('import-preview', { importId }, admin1)).body
    expect(previewRefused).toEqual({ code: ReturnCode.SECOND_APPROVER_REQUIRED, error: 'second_approver_required', message: expect.any(String) })
    const alarms = (await host.call('alarm-list', {}, admin1)).body
    expect(ownKeys(alarms.data.alarms.find((a: any) => a.detail.import === importId).detail)).toEqual(UPLOAD_ALARM_DETAIL_KEYS)

    // The second admin reads the preview (logged, with its counts) and approves.
    const read = (await host.call('import-preview', { importId }, admin2)).body
    expect(read).toMatchObject({ code: ReturnCode.OK, data: { importId, preview: { affected: 1, wouldChange: 1, byStatus: { green: 0, yellow: 0, red: 1 } } } })
    const logged = await db.rows("select actor, subject, data from audit_log where action = 'read.import-preview'")
    expect(logged).toHaveLength(1)
    expect(logged[0].subject).toBeNull()
    expect(JSON.parse(String(logged[0].data))).toEqual({ import: importId, affected: 1, wouldChange: 1, byStatus: { green: 0, yellow: 0, red: 1 } })
    expect(logged[0].actor).not.toBe((await db.rows('select uploaded_by from imports where id = $1', [importId]))[0].uploaded_by)
    const approved = (await host.call('import-approve', { importId }, admin2)).body
    expect(approved.code).toBe(ReturnCode.OK)
    const done = await settled(importId, admin2, d => d.job?.state === 'done')
    expect(done.data.job).toMatchObject({ total: 1, done: 1, changed: 1 })

    // The uploader, afterwards: that the re-audit ran, never how many it reached.
    const after = (await host.call('import-detail', { importId }, admin1)).body
    expect(ownKeys(after.data)).toEqual(IMPORT_KEYS)
    expect(ownKeys(after.data.job)).toEqual(UPLOADER_JOB_KEYS)
    const listAfter = (await host.call('import-list', {}, admin1)).body
    const jobStatus = (await host.call('job-status', { jobId: after.data.jobId }, admin1)).body
    expect(jobStatus.code).toBe(ReturnCode.SECOND_APPROVER_REQUIRED)
    expect((await host.call('job-status', { jobId: after.data.jobId }, admin2)).body.data).toMatchObject({ total: 1, changed: 1 })
    const alarmsAfter = (await host.call('alarm-list', {}, admin1)).body
    expect(matchKeysIn({ up, detail, list, again, previewRefused, alarms, after, listAfter, jobStatus, alarmsAfter })).toEqual([])
  })

  test('the padded-file attack (ten known people, then eleven) shows the uploader nothing that differs but the row counts', async () => {
    const known: string[] = []
    for (let i = 0; i < 10; i++) known.push(await registered(10 + i))
    const target = await registered(30)
    const stranger = validIdNumber('330106', '19700101', '031')

    const ten = await everythingTheUploaderSees(testResults(known), 'ten.csv', admin1)
    const eleven = await everythingTheUploaderSees(testResults([...known, target]), 'eleven.csv', admin1)
    const elevenWithStranger = await everythingTheUploaderSees(testResults([...known, stranger]), 'eleven-b.csv', admin1)

    expect(eleven.detail.data).toMatchObject({ totalRows: 11, acceptedRows: 11 })
    expect(comparable(eleven, { rowCounts: true })).toEqual(comparable(elevenWithStranger, { rowCounts: true }))
    expect(comparable(eleven)).toEqual(comparable(ten))
    expect(eleven.previewRefused.code).toBe(ReturnCode.SECOND_APPROVER_REQUIRED)
    expect(matchKeysIn([ten, eleven, elevenWithStranger])).toEqual([])
    // What the other admin would see differs, and only they may see it: 10 against 11.
    expect([ten, eleven].map(x => x.detail.data.acceptedRows)).toEqual([10, 11])
  })

  test('each upload is on the alarms page; the sixth rejected upload by one admin in a day raises the alarm', async () => {
    // admin2 uploads here: admin1's withdrawn uploads above must not count towards admin2's.
    const ids: string[] = []
    const uploadAndReject = async (n: number) => {
      const up = await host.call('import-upload', { source: 'risk-areas', fileName: `f${n}.csv`, contentBase64: b64(['region_code,level,from,to', `440305,high,${chinaToday(-n)},${chinaToday(10)}`]) }, admin2)
      const importId = up.body.data.import.id
      await settled(importId, admin2)
      expect((await host.call('import-reject', { importId, reason: '不予导入' }, n % 2 ? admin2 : admin1)).body.code).toBe(ReturnCode.OK)
      ids.push(importId)
    }
    const rejectionAlarms = async () => (await host.call('alarm-list', {}, admin1)).body.data.alarms.filter((a: any) => a.kind === 'import-rejections')
    for (let n = 1; n <= 5; n++) await uploadAndReject(n)
    const uploads = (await host.call('alarm-list', {}, admin1)).body.data.alarms.filter((a: any) => a.kind === 'import-upload' && ids.includes(a.detail.import))
    expect(uploads).toHaveLength(5)
    expect(uploads[0]).toMatchObject({ state: 'open', detail: { source: 'risk-areas', uploadedBy: expect.any(String) } })
    expect(await rejectionAlarms()).toEqual([])

    await uploadAndReject(6)
    const [alarm] = await rejectionAlarms()
    expect(alarm).toMatchObject({ state: 'open', detail: { rejected: 6, limit: 5, hours: 24, imports: ids } })
    expect((await host.call('alarm-resolve', { alarmId: alarm.id, action: 'release', note: '该管理员自行处理' }, admin2)).body.code).toBe(ReturnCode.SECOND_APPROVER_REQUIRED)
    expect((await host.call('alarm-resolve', { alarmId: alarm.id, action: 'release', note: '已与该管理员核实' }, admin1)).body.code).toBe(ReturnCode.OK)
    const uploadAlarm = uploads[0]
    expect((await host.call('alarm-resolve', { alarmId: uploadAlarm.id, action: 'release', note: '已知悉' }, admin1)).body.code).toBe(ReturnCode.OK)
    const entries = await db.rows("select action from audit_log where action in ('alarm.release') order by seq")
    expect(entries.length).toBeGreaterThanOrEqual(2)
  })
})
