// Every function, called by every role against someone else's record (a citizen of this region; the
// other-region admin stands for another region), leaks nothing to anyone not entitled, and refuses to act
// on records that are not the caller's. And the Beijing 2020 lookup — name plus ID number — gets nothing.
import { ReturnCode } from '@core/api/return-codes'
import { spawnSync } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { join } from 'node:path'
import { presentCredential } from '@core/credential/present'
import { maskedIdFromEnds } from '@core/identity/masking'
import { FUNCTIONS } from '../../server/host/function-registry'
import { startHost, RunningHost } from '../support/host'
import { basicInfo, declaration, newDevice, validIdNumber } from '../support/citizen'
import { MATRIX, Role, Victim } from './role-matrix.spec'

const bin = join(__dirname, '..', '..', 'bin', 'healthcode.js')
const ROLES: Role[] = ['anonymous', 'stranger', 'relative', 'verifier', 'auditor', 'admin', 'otherAdmin']

it('covers every function', () => {
  expect(Object.keys(FUNCTIONS).filter(f => !MATRIX[f])).toEqual([])
})

describe('role matrix', () => {
  let host: RunningHost
  const tokens: Partial<Record<Role, string>> = {}
  let victim: Victim
  let markers: string[]
  const victimId = validIdNumber('330106', '19480808', '818')
  const victimName = '孔令仪'

  beforeAll(async () => {
    host = await startHost()
    const made = spawnSync(process.execPath, [bin, 'admin', 'create', '--region', '110000', '--region-name', '北京市', '--phone', '13977770030', '--name', '北京管理员'],
      { env: { ...process.env, DATA_DIR: host.dataDir, DATABASE_URL: '' }, encoding: 'utf8' })
    expect(made.status).toBe(0)
    const vt = await host.login('13977770021')
    await host.call('consent-accept', { version: (await host.call('consent-status', {}, vt)).body.data.version }, vt)
    expect((await host.call('health-declare', declaration({ basic: await basicInfo(host, victimId, victimName) }), vt)).body.code).toBe(ReturnCode.OK)
    const device = newDevice()
    const code = (await host.call('code-generate', { devicePublicKey: device.publicKeyBase64 }, vt)).body.data
    const correction = (await host.call('correction-request', { category: 'trip', description: '行程有误请核查' }, vt)).body.data
    const appealAnswer = await host.call('appeal-request', { description: '请复核我的状态', attachments: [{ mime: 'image/png', dataBase64: 'iVBORw0KGgo=' }] }, vt)
    expect(appealAnswer.body).toMatchObject({ code: ReturnCode.OK })
    const appeal = appealAnswer.body.data
    tokens.relative = await host.login('13977770022')
    const grant = (await host.call('grant-create', { otherPhone: '13977770022', scope: 'view', purpose: '照看长辈', days: 7 }, vt)).body.data
    tokens.stranger = await host.login('13977770023')
    tokens.verifier = await host.login('13800000003')
    tokens.auditor = await host.login('13800000002')
    tokens.admin = await host.login('13800000001')
    tokens.otherAdmin = await host.login('13977770030')
    const admin2 = await host.login('13800000004')
    const csv = Buffer.from('region_code,level,from,to\n330106,low,2026-11-01,2026-11-02\n').toString('base64')
    const imp = (await host.call('import-upload', { source: 'risk-areas', fileName: 'm.csv', contentBase64: csv }, tokens.admin)).body.data.import
    const imp2 = (await host.call('import-upload', { source: 'risk-areas', fileName: 'n.csv', contentBase64: Buffer.from('region_code,level,from,to\n330105,low,2026-11-01,2026-11-02\n').toString('base64') }, tokens.admin)).body.data.import
    for (let i = 0; i < 100 && (await host.call('import-detail', { importId: imp2.id }, tokens.admin)).body.data.state === 'processing'; i++) await new Promise(r => setTimeout(r, 50))
    const job = (await host.call('import-approve', { importId: imp2.id }, admin2)).body.data.job
    for (let i = 0; i < 100 && (await host.call('import-detail', { importId: imp.id }, tokens.admin)).body.data.state === 'processing'; i++) await new Promise(r => setTimeout(r, 50))
    const queue = (await host.call('audit-queue', {}, tokens.auditor)).body.data
    const holder = queue.cases.find((c: any) => c.id === appeal.id).person.holder
    const change = (await host.call('status-change-request', { subject: { holder }, toStatus: 'yellow', reasonCode: 'contact-traced', note: '待审', evidence: [{ kind: 'document', ref: 'x' }] }, tokens.auditor)).body.data
    const point = (await host.call('point-create', { name: '矩阵点', address: '某路 1 号', kind: 'venue' }, tokens.admin)).body.data
    const staff = (await host.call('staff-list', {}, tokens.admin)).body.data.staff
    const evidence = (await host.call('audit-evidence', { kind: 'appeal', caseId: appeal.id }, tokens.auditor)).body.data
    victim = {
      holder, grantId: grant.id, appealId: appeal.id, correctionId: correction.id, qr: presentCredential(code.credential, device.privateKey, Date.now() / 1000),
      importId: imp.id, changeId: change.id, pointId: point.id, verifierStaffId: staff.find((s: any) => s.role === 'verifier').staffId, jobId: job.id,
      alarmId: randomUUID(), attachmentId: evidence.case.attachments[0].id
    }
    markers = [holder, '孔*', maskedIdFromEnds(victimId.slice(0, 2) + victimId.slice(-2)), '139****0021', victimName, victimId]
  }, 120_000)
  afterAll(async () => { await host?.stop() })

  const leaked = (body: unknown) => markers.filter(m => JSON.stringify(body).includes(m))

  it.each(Object.keys(MATRIX))('%s', async name => {
    const entry = MATRIX[name]
    for (const role of ROLES) {
      const r = await host.call(name, entry.input(victim), role === 'anonymous' ? undefined : tokens[role])
      if (!entry.sees.includes(role)) expect({ role, leaked: leaked(r.body) }).toEqual({ role, leaked: [] })
      if (entry.refused?.includes(role)) expect({ role, code: r.body.code === ReturnCode.OK ? 'accepted' : 'refused' }).toEqual({ role, code: 'refused' })
    }
  }, 60_000)

  it('the Beijing lookup (name plus ID number) gets nothing from any function', async () => {
    const bodies = [{ name: victimName, idNumber: victimId }, { name: victimName, idType: 'resident-id', idNumber: victimId }, { idNumber: victimId }]
    for (const name of Object.keys(FUNCTIONS)) {
      for (const token of [undefined, tokens.stranger, tokens.verifier]) {
        for (const body of bodies) {
          const r = await host.call(name, body, token)
          expect({ name, leaked: leaked(r.body) }).toEqual({ name, leaked: [] })
          expect(r.body.code).not.toBe(ReturnCode.OK)
        }
      }
    }
  }, 120_000)
})
