// An admin's import must not be a lookup: the uploader sees the row check and the row count,
// never the match preview nor anything else that follows from who is registered (a one-row import read
// and rejected by its uploader told whether that ID number was registered; padding a file with ten known
// people and comparing 10 against 11 would too). Only another admin, who may decide, reads the preview,
// and each reading is logged. Every upload is on the alarms page; an admin whose uploads keep being
// rejected alarms the others.
import { ReturnCode } from '@core/api/return-codes'
import { importPreview, importReject, importUpload, jobStatus } from '@core/api/contract/imports'
import { alarmResolve } from '@core/api/contract/review'
import { loadConfig } from '../../server/runtime/config'
import { HOUR, Kit, openKit, type Person } from '../support/usecase-kit'
import { IMPORT_KEYS, UPLOADER_JOB_KEYS, UPLOAD_ALARM_DETAIL_KEYS, comparable, matchKeysIn, ownKeys } from '../support/uploader-view'

let kit: Kit
beforeEach(async () => { kit = await openKit() })
afterEach(() => kit.close())

const testResults = (ids: string[]) => ['身份证号,检测结果,采样时间,检测机构', ...ids.map(id => `${id},阳性,${kit.today(-1)} 09:30,杭州市疾控中心`)]
const b64 = (lines: string[]) => Buffer.from(lines.join('\n'), 'utf8').toString('base64')

async function codeOf(p: Promise<unknown>): Promise<number> {
  try { await p; return ReturnCode.OK } catch (e) { return (e as { code: number }).code }
}

async function alarmsAs(p: Person) {
  return (await kit.useCases.review.listAlarms.execute(p.actor)).alarms
}

/** Every answer the uploader can get about one upload of theirs, from the upload to their own rejection. */
async function everythingTheUploaderSees(uploader: Person, lines: string[], fileName: string) {
  const { imports } = kit.useCases
  const upload = await imports.uploadImport.execute(uploader.actor, kit.input(importUpload, { source: 'test-results', fileName, contentBase64: b64(lines) }))
  const id = upload.import.id
  const detail = await kit.settledImport(id, uploader)
  const listed = (await imports.listImports.execute(uploader.actor)).imports.find(i => i.id === id)
  const previewCode = await codeOf(imports.getImportPreview.execute(uploader.actor, kit.input(importPreview, { importId: id })))
  const alarm = (await alarmsAs(uploader)).find(a => a.detail.import === id)
  const rejected = await imports.rejectImport.execute(uploader.actor, kit.input(importReject, { importId: id, reason: '撤回' }))
  const afterwards = await imports.getImport.execute(uploader.actor, { importId: id })
  const previewCodeAfterwards = await codeOf(imports.getImportPreview.execute(uploader.actor, kit.input(importPreview, { importId: id })))
  return { upload, detail, listed, previewCode, alarm, rejected, afterwards, previewCodeAfterwards }
}

describe('the uploader', () => {
  it('of a one-row import sees the row check and the row count, and no match count in any answer', async () => {
    const person = await kit.citizen()
    const uploader = await kit.admin()
    const second = await kit.secondAdmin()
    const { imports } = kit.useCases
    const lines = testResults([person.idNumber])

    const upload = await imports.uploadImport.execute(uploader.actor, kit.input(importUpload, { source: 'test-results', fileName: '一行.csv', contentBase64: b64(lines) }))
    expect(ownKeys(upload)).toEqual(['duplicate', 'import'])
    expect(ownKeys(upload.import)).toEqual(IMPORT_KEYS)
    const detail = await kit.settledImport(upload.import.id, uploader)
    expect(ownKeys(detail)).toEqual(IMPORT_KEYS)
    expect(detail).toMatchObject({ state: 'preview', totalRows: 1, acceptedRows: 1, rejected: [], job: null, progress: 100 })
    const listed = (await imports.listImports.execute(uploader.actor)).imports
    expect(ownKeys(listed[0])).toEqual(IMPORT_KEYS)
    const again = await imports.uploadImport.execute(uploader.actor, kit.input(importUpload, { source: 'test-results', fileName: '再传.csv', contentBase64: b64(lines) }))
    expect(again.duplicate).toBe(true)
    expect(ownKeys(again.import)).toEqual(IMPORT_KEYS)
    expect(await codeOf(imports.getImportPreview.execute(uploader.actor, kit.input(importPreview, { importId: detail.id })))).toBe(ReturnCode.SECOND_APPROVER_REQUIRED)
    const alarms = await alarmsAs(uploader)
    expect(ownKeys(alarms.find(a => a.kind === 'import-upload')!.detail)).toEqual(UPLOAD_ALARM_DETAIL_KEYS)

    // Approved by the second admin: the uploader sees that the re-audit ran, never how many it reached.
    const approved = await kit.approve(detail.id, second)
    expect(approved.job).toMatchObject({ state: 'done', total: 1, changed: 1 })
    const after = await imports.getImport.execute(uploader.actor, { importId: detail.id })
    expect(ownKeys(after.job!)).toEqual(UPLOADER_JOB_KEYS)
    const listedAfter = (await imports.listImports.execute(uploader.actor)).imports.find(i => i.id === detail.id)!
    expect(ownKeys(listedAfter.job!)).toEqual(UPLOADER_JOB_KEYS)
    expect(await codeOf(imports.getJob.execute(uploader.actor, kit.input(jobStatus, { jobId: after.jobId! })))).toBe(ReturnCode.SECOND_APPROVER_REQUIRED)
    const alarmsAfter = await alarmsAs(uploader)

    expect(matchKeysIn({ upload, detail, listed, again, alarms, after, listedAfter, alarmsAfter })).toEqual([])
  })

  it('learns nothing from padding a file: ten known people, then eleven, differ only in the row counts', async () => {
    const known: string[] = []
    for (let i = 0; i < 10; i++) known.push((await kit.citizen({ trips: [] })).idNumber)
    const registered = (await kit.citizen()).idNumber
    const unregistered = kit.nextIdNumber()
    const uploader = await kit.admin()

    const ten = await everythingTheUploaderSees(uploader, testResults(known), 'a.csv')
    const withRegistered = await everythingTheUploaderSees(uploader, testResults([...known, registered]), 'b.csv')
    const withStranger = await everythingTheUploaderSees(uploader, testResults([...known, unregistered]), 'c.csv')

    expect(withRegistered.detail).toMatchObject({ totalRows: 11, acceptedRows: 11 })
    expect(comparable(withRegistered, { rowCounts: true })).toEqual(comparable(withStranger, { rowCounts: true }))
    expect(comparable(withRegistered)).toEqual(comparable(ten))
    expect([withRegistered.previewCode, withRegistered.previewCodeAfterwards]).toEqual([ReturnCode.SECOND_APPROVER_REQUIRED, ReturnCode.SECOND_APPROVER_REQUIRED])
    expect(matchKeysIn([ten, withRegistered, withStranger])).toEqual([])
    // The one thing that differs: the row counts.
    expect([ten.detail.acceptedRows, withRegistered.detail.acceptedRows, withStranger.detail.acceptedRows]).toEqual([10, 11, 11])
  })

  it('may not read the re-audit of their import through job-status, which the other admins can', async () => {
    const traveller = await kit.citizen({ trips: [kit.trip('440305', -4, -3)] })
    const { import: imp } = await kit.upload('risk-areas', ['region_code,level,from,to', `440305,high,${kit.today(-10)},${kit.today(10)}`])
    const approved = await kit.approve(imp.id)
    expect(await codeOf(kit.useCases.imports.getJob.execute((await kit.admin()).actor, kit.input(jobStatus, { jobId: approved.jobId! })))).toBe(ReturnCode.SECOND_APPROVER_REQUIRED)
    expect(await kit.useCases.imports.getJob.execute((await kit.secondAdmin()).actor, kit.input(jobStatus, { jobId: approved.jobId! })))
      .toMatchObject({ state: 'done', total: 1, done: 1, changed: 1 })
    expect((await kit.c.store.statuses.find(traveller.actor.accountId))!.record.status).toBe('red')
  })
})

describe('the deciding admin', () => {
  it('reads the match preview, each reading logged as a staff read with its counts, and approves', async () => {
    const person = await kit.citizen()
    const { import: imp } = await kit.upload('test-results', testResults([person.idNumber]), { fileName: '一行.csv' })
    const second = await kit.secondAdmin()
    const read = await kit.useCases.imports.getImportPreview.execute(second.actor, kit.input(importPreview, { importId: imp.id }))
    expect(read).toEqual({ importId: imp.id, preview: { affected: 1, wouldChange: 1, byStatus: { green: 0, yellow: 0, red: 1 } } })
    await kit.preview(imp.id, second)
    const logged = await kit.rows<{ actor: string; subject: string | null; data: string }>("select actor, subject, data from audit_log where action = 'read.import-preview' order by seq")
    expect(logged).toHaveLength(2)
    for (const entry of logged) {
      expect(entry).toMatchObject({ actor: second.actor.accountId, subject: null })
      expect(JSON.parse(entry.data)).toEqual({ import: imp.id, affected: 1, wouldChange: 1, byStatus: { green: 0, yellow: 0, red: 1 } })
    }
    const approved = await kit.approve(imp.id, second)
    expect(approved.job).toEqual({ id: approved.jobId, state: 'done', total: 1, done: 1, changed: 1 })
    // Decided: the preview is no longer read by anyone.
    expect(await codeOf(kit.useCases.imports.getImportPreview.execute(second.actor, kit.input(importPreview, { importId: imp.id })))).toBe(ReturnCode.CONFLICT)
  })

  it('gets the preview even when the background has not computed it yet', async () => {
    const person = await kit.citizen()
    const { import: imp } = await kit.upload('test-results', testResults([person.idNumber]))
    await kit.c.store.imports.update(imp.id, { preview: null })
    expect(await kit.preview(imp.id)).toEqual({ affected: 1, wouldChange: 1, byStatus: { green: 0, yellow: 0, red: 1 } })
  })

  it('is any admin of the region but the uploader', async () => {
    const { import: imp } = await kit.upload('risk-areas', ['region_code,level,from,to', `440305,high,${kit.today(-10)},${kit.today(10)}`], { by: await kit.secondAdmin() })
    expect(await kit.preview(imp.id, await kit.admin())).toMatchObject({ affected: 0, wouldChange: 0 })
    expect(await codeOf(kit.preview(imp.id, await kit.secondAdmin()))).toBe(ReturnCode.SECOND_APPROVER_REQUIRED)
  })
})

describe('alarms', () => {
  it('every upload is on the region\'s alarms page; the other admins acknowledge it, the uploader cannot', async () => {
    const uploader = await kit.admin()
    const other = await kit.secondAdmin()
    const lines = ['region_code,level,from,to', `440305,high,${kit.today(-10)},${kit.today(10)}`]
    const { import: imp } = await kit.upload('risk-areas', lines, { by: uploader, fileName: '风险地区.csv' })
    await kit.upload('risk-areas', lines, { by: uploader, fileName: 'again.csv' })
    const alarms = (await alarmsAs(other)).filter(a => a.kind === 'import-upload')
    expect(alarms).toEqual([{ id: expect.any(String), region: kit.region, kind: 'import-upload', state: 'open', raisedAt: imp.uploadedAt, resolvedBy: null, resolvedAt: null,
      detail: { import: imp.id, source: 'risk-areas', fileName: '风险地区.csv', uploadedBy: uploader.actor.accountId } }])
    const resolve = (by: Person) => kit.useCases.review.resolveAlarm.execute(by.actor, kit.input(alarmResolve, { alarmId: alarms[0].id, action: 'release', note: '已知悉此次上传' }))
    expect(await codeOf(resolve(uploader))).toBe(ReturnCode.SECOND_APPROVER_REQUIRED)
    await resolve(other)
    expect((await alarmsAs(uploader)).find(a => a.id === alarms[0].id)).toMatchObject({ state: 'resolved', resolvedBy: other.actor.accountId })
    // Acknowledging holds nothing back and changes nothing of the import.
    expect((await kit.importView(imp.id)).state).toBe('preview')
  })

  it('the sixth rejected upload by one admin within 24 hours alarms the others, once', async () => {
    const uploader = await kit.admin()
    const other = await kit.secondAdmin()
    const rejectionAlarms = async () => (await alarmsAs(other)).filter(a => a.kind === 'import-rejections')
    const uploadAndReject = async (n: number, by: Person) => {
      const { import: imp } = await kit.upload('risk-areas', ['region_code,level,from,to', `440305,high,${kit.today(-n)},${kit.today(10)}`], { by: uploader, fileName: `f${n}.csv` })
      await kit.useCases.imports.rejectImport.execute(by.actor, kit.input(importReject, { importId: imp.id, reason: '不予导入' }))
      return imp.id
    }
    const ids: string[] = []
    // Rejections by the uploader themselves (withdrawn) and by another admin both count.
    for (let n = 1; n <= 5; n++) ids.push(await uploadAndReject(n, n % 2 ? uploader : other))
    // Another admin's rejected upload is theirs, not the uploader's.
    const { import: others } = await kit.upload('risk-areas', ['region_code,level,from,to', `440306,low,${kit.today(-1)},${kit.today(1)}`], { by: other })
    await kit.useCases.imports.rejectImport.execute(uploader.actor, kit.input(importReject, { importId: others.id, reason: '不予导入' }))
    expect(await rejectionAlarms()).toEqual([])

    ids.push(await uploadAndReject(6, other))
    const [alarm] = await rejectionAlarms()
    expect(alarm).toMatchObject({ state: 'open', raisedAt: kit.clock.now(), detail: { uploadedBy: uploader.actor.accountId, rejected: 6, limit: 5, hours: 24, imports: ids } })
    ids.push(await uploadAndReject(7, other))
    expect(await rejectionAlarms()).toHaveLength(1)

    // The alarm is about the uploader: the others resolve it. A day later the count starts again.
    const resolve = (by: Person) => kit.useCases.review.resolveAlarm.execute(by.actor, kit.input(alarmResolve, { alarmId: alarm.id, action: 'release', note: '已与该管理员核实' }))
    expect(await codeOf(resolve(uploader))).toBe(ReturnCode.SECOND_APPROVER_REQUIRED)
    await resolve(other)
    kit.clock.advance(25 * HOUR)
    await uploadAndReject(8, other)
    expect((await rejectionAlarms()).filter(a => a.state === 'open')).toEqual([])
  })

  it('the number of rejected uploads a day is configurable (IMPORT_REJECTIONS_PER_DAY, default 5)', () => {
    const env = (vars: Record<string, string>) => vars as unknown as NodeJS.ProcessEnv
    expect(loadConfig(env({})).importRejectionsPerDay).toBe(5)
    expect(loadConfig(env({ IMPORT_REJECTIONS_PER_DAY: '2' })).importRejectionsPerDay).toBe(2)
    expect(() => loadConfig(env({ IMPORT_REJECTIONS_PER_DAY: 'many' }))).toThrow('IMPORT_REJECTIONS_PER_DAY')
  })
})
