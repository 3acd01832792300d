// Data imports as use cases on the real store: rows are checked and bad lines reported by line, column and
// reason; nothing changes until a second admin approves; the uploader cannot approve their own; the same
// file (or the same records) again changes nothing.
import { ReturnCode } from '@core/api/return-codes'
import { importApprove, importReject, importUpload } from '@core/api/contract/imports'
import { CreateFirstAdmin } from '../../server/usecases/staff/create-first-admin'
import { HOUR, Kit, openKit } from '../support/usecase-kit'

let kit: Kit
beforeEach(async () => { kit = await openKit() })
afterEach(() => kit.close())

const problems = (imp: { rejected: { line: number; column: string; code: string }[] }) => imp.rejected.map(p => [p.line, p.column, p.code])
const statusOf = async (accountId: string) => (await kit.c.store.statuses.find(accountId))!.record.status

describe('upload', () => {
  it('checks every risk-area row and reports the bad lines, storing nothing yet', async () => {
    const { import: imp, duplicate } = await kit.upload('risk-areas', [
      'region_code,level,from,to',
      `440305,high,${kit.today(-10)},${kit.today(10)}`,
      `999999,high,${kit.today(-1)},${kit.today(1)}`,
      `440306,severe,${kit.today(-1)},${kit.today(1)}`,
      `440306,medium,2026-02-30,${kit.today(1)}`,
      `440306,medium,${kit.today(1)},${kit.today(-1)}`,
      `440305,high,${kit.today(-10)},${kit.today(10)}`,
      `,低,${kit.today(-1)},${kit.today(1)}`,
      `440307,中风险,${kit.today(-1)},${kit.today(1)}`
    ])
    expect(duplicate).toBe(false)
    expect(imp).toMatchObject({ state: 'preview', totalRows: 8, acceptedRows: 2, progress: 100, job: null })
    expect(problems(imp)).toEqual([
      [3, 'region_code', 'region'], [4, 'level', 'level'], [5, 'from', 'date'], [6, 'to', 'date_order'], [7, '*', 'duplicate'], [8, 'region_code', 'missing']
    ])
    expect(imp.rejected[0].message).toEqual({ zh: expect.any(String), en: expect.any(String) })
    expect(await kit.rows('select id from risk_areas')).toHaveLength(0)
  })

  it('reports a bad ID number by its line, never echoing it, and matches people only by keyed hash', async () => {
    const person = await kit.citizen()
    const wrong = person.idNumber.slice(0, 17) + (person.idNumber.endsWith('1') ? '2' : '1')
    const { import: imp } = await kit.upload('test-results', [
      '身份证号,检测结果,采样时间,检测机构',
      `${person.idNumber},阳性,${kit.today(-1)} 09:30,杭州市疾控中心`,
      `${wrong},阴性,${kit.today(-1)} 09:30,杭州市疾控中心`,
      `${person.idNumber},阴性,${kit.today(1)} 09:30,杭州市疾控中心`,
      `${person.idNumber},不确定,${kit.today(-1)} 09:30,杭州市疾控中心`
    ], { fileName: '核酸结果.csv' })
    expect(imp).toMatchObject({ acceptedRows: 1 })
    expect(await kit.preview(imp.id)).toMatchObject({ affected: 1, wouldChange: 1, byStatus: { red: 1 } })
    expect(problems(imp)).toEqual([[3, 'id_number', 'id_number'], [4, 'sampled_at', 'future'], [5, 'result', 'result']])
    expect(JSON.stringify(imp)).not.toContain(person.idNumber.slice(0, 17))
    expect(await kit.dump()).not.toContain(person.idNumber)
  })

  it('fails a file without the columns of its source', async () => {
    const { import: imp } = await kit.upload('contacts', ['身份证号,检测结果', `${kit.nextIdNumber()},阳性`])
    expect(imp).toMatchObject({ state: 'failed', error: expect.stringContaining('kind'), acceptedRows: 0 })
    await expect(kit.useCases.imports.approveImport.execute((await kit.secondAdmin()).actor, kit.input(importApprove, { importId: imp.id })))
      .rejects.toMatchObject({ code: ReturnCode.CONFLICT })
  })

  it('marks a file it cannot read as failed, and says why', async () => {
    kit.expectLoggedErrors = true
    const admin = await kit.admin()
    const up = await kit.useCases.imports.uploadImport.execute(admin.actor, kit.input(importUpload, { source: 'vaccinations', fileName: 'broken.xlsx', contentBase64: Buffer.from('not a zip file').toString('base64') }))
    expect(await kit.settledImport(up.import.id)).toMatchObject({ state: 'failed', error: expect.stringContaining('not a readable CSV or XLSX') })
    expect(kit.logs.join('\n')).toContain('import failed')
  })
})

describe('approval', () => {
  it('is refused to the uploader, and changes nothing then', async () => {
    const traveller = await kit.citizen({ trips: [kit.trip('440305', -4, -3)] })
    const uploader = await kit.admin()
    const { import: imp } = await kit.upload('risk-areas', ['region_code,level,from,to', `440305,high,${kit.today(-10)},${kit.today(10)}`], { by: uploader })
    const before = await kit.dump()
    await expect(kit.useCases.imports.approveImport.execute(uploader.actor, kit.input(importApprove, { importId: imp.id })))
      .rejects.toMatchObject({ code: ReturnCode.SECOND_APPROVER_REQUIRED })
    expect(await kit.dump()).toBe(before)
    expect(await statusOf(traveller.actor.accountId)).toBe('green')
    expect((await kit.importView(imp.id)).state).toBe('preview')
  })

  it('by a second admin stores the records with their provenance and re-assesses the affected; deciding twice is refused', async () => {
    const id = kit.nextIdNumber()
    const contact = await kit.citizen({ idNumber: id })
    const other = await kit.citizen()
    const { import: imp } = await kit.upload('contacts', ['身份证号,类别,列入日期', `${id},密接,${kit.today(-1)}`], { fileName: '密接名单.csv' })
    expect(await kit.preview(imp.id)).toMatchObject({ affected: 1, wouldChange: 1 })
    expect(await statusOf(contact.actor.accountId)).toBe('green')

    kit.clock.advance(HOUR)
    const second = await kit.secondAdmin()
    const approved = await kit.approve(imp.id, second)
    expect(approved).toMatchObject({ state: 'approved', decidedBy: second.actor.accountId, decidedAt: kit.clock.now(), job: { state: 'done', total: 1, changed: 1 } })
    expect(await kit.rows('select import_id from case_contacts')).toEqual([{ import_id: imp.id }])
    expect((await kit.c.store.statuses.find(contact.actor.accountId))!.record).toMatchObject({ status: 'red', reason: 'close-contact' })
    expect(await statusOf(other.actor.accountId)).toBe('green')
    expect((await kit.verifyShown(contact.code!.credential, contact.device!)).reasons).toEqual(['revoked'])

    await expect(kit.useCases.imports.approveImport.execute(second.actor, kit.input(importApprove, { importId: imp.id })))
      .rejects.toMatchObject({ code: ReturnCode.CONFLICT })
    await expect(kit.useCases.imports.rejectImport.execute(second.actor, kit.input(importReject, { importId: imp.id, reason: '名单有误' })))
      .rejects.toMatchObject({ code: ReturnCode.CONFLICT })
  })

  it('is impossible once rejected, and a rejected import stores nothing', async () => {
    const traveller = await kit.citizen({ trips: [kit.trip('440305', -4, -3)] })
    const { import: imp } = await kit.upload('risk-areas', ['region_code,level,from,to', `440305,high,${kit.today(-10)},${kit.today(10)}`])
    const second = await kit.secondAdmin()
    expect((await kit.useCases.imports.rejectImport.execute(second.actor, kit.input(importReject, { importId: imp.id, reason: '来源未核实' }))).state).toBe('rejected')
    await expect(kit.useCases.imports.approveImport.execute(second.actor, kit.input(importApprove, { importId: imp.id })))
      .rejects.toMatchObject({ code: ReturnCode.CONFLICT })
    expect(await kit.rows('select id from risk_areas')).toHaveLength(0)
    expect(await statusOf(traveller.actor.accountId)).toBe('green')
  })

  it('is for the admins of the import\'s region only', async () => {
    const { import: imp } = await kit.upload('risk-areas', ['region_code,level,from,to', `440305,high,${kit.today(-10)},${kit.today(10)}`])
    const phone = kit.nextPhone()
    await new CreateFirstAdmin({ store: kit.c.store, pii: kit.c.pii, clock: kit.clock }).execute({ region: '330200', regionName: '宁波市', phone, displayName: '宁波管理员' })
    const elsewhere = await kit.signIn(phone)
    await expect(kit.useCases.imports.approveImport.execute(elsewhere.actor, kit.input(importApprove, { importId: imp.id })))
      .rejects.toMatchObject({ code: ReturnCode.NOT_FOUND })
    await expect(kit.useCases.imports.getImport.execute(elsewhere.actor, { importId: imp.id })).rejects.toMatchObject({ code: ReturnCode.NOT_FOUND })
  })
})

describe('the same data again', () => {
  it('the same file is answered with the earlier import and changes nothing, before or after approval', async () => {
    const traveller = await kit.citizen({ trips: [kit.trip('440305', -4, -3)] })
    const lines = ['region_code,level,from,to', `440305,high,${kit.today(-10)},${kit.today(10)}`]
    const first = await kit.upload('risk-areas', lines)
    const again = await kit.upload('risk-areas', lines, { fileName: 'renamed.csv', by: await kit.secondAdmin() })
    expect(again).toMatchObject({ duplicate: true, import: { id: first.import.id, fileName: 'risk-areas.csv' } })
    expect(await kit.rows('select id from imports')).toHaveLength(1)

    await kit.approve(first.import.id)
    expect(await statusOf(traveller.actor.accountId)).toBe('red')
    kit.clock.advance(HOUR)
    const before = await kit.dump()
    const late = await kit.upload('risk-areas', lines)
    expect(late).toMatchObject({ duplicate: true, import: { id: first.import.id, state: 'approved' } })
    expect(await kit.dump()).toBe(before)
  })

  it('a different file with the same records, once approved, adds no records and changes no one', async () => {
    const traveller = await kit.citizen({ trips: [kit.trip('440305', -4, -3)] })
    const row = `440305,high,${kit.today(-10)},${kit.today(10)}`
    await kit.approve((await kit.upload('risk-areas', ['region_code,level,from,to', row])).import.id)
    const history = (await kit.useCases.citizen.getHealthInfo.execute(traveller.actor)).history.length
    kit.clock.advance(HOUR)

    // Chinese headers, a byte-order mark and a trailing line: another file, the same record.
    const second = await kit.upload('risk-areas', ['\uFEFF地区代码,风险等级,开始日期,结束日期', row, ''], { fileName: '风险地区.csv' })
    expect(second).toMatchObject({ duplicate: false, import: { acceptedRows: 1 } })
    expect(await kit.preview(second.import.id)).toMatchObject({ affected: 1, wouldChange: 0 })
    const approved = await kit.approve(second.import.id)
    expect(approved.job).toMatchObject({ state: 'done', total: 1, changed: 0 })
    expect(await kit.rows('select id from risk_areas')).toHaveLength(1)
    expect((await kit.useCases.citizen.getHealthInfo.execute(traveller.actor)).history).toHaveLength(history)
  })
})

it('the upload contract refuses a file name that is not CSV or XLSX before the use case runs', () => {
  expect(() => kit.input(importUpload, { source: 'risk-areas', fileName: 'areas.txt', contentBase64: 'YWJjZA==' })).toThrow()
})
