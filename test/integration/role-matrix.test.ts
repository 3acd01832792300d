// Every function, called by every role against someone else's record (a citizen of this region; the
// other-region admin stands for another region), leaks nothing to anyone not entitled, and refuses to act
// on records that are not the caller's. And the Beijing 2020 lookup — name plus ID number — gets nothing.
import { ReturnCode } from '@core/api/return-codes'
import { spawnSync } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { join } from 'node:path'
import { presentCredential } from '@core/credential/present'
import { maskedIdOf } from '@core/identity/id-mask'
import { FUNCTIONS } from '../../server/host/function-registry'
import { startHost, RunningHost } from '../support/host'
import { basicInfo, declaration, newDevice, validIdNumber } from '../support/citizen'
import { MATRIX, ORACLES, PHONE_ORACLE_EXEMPT, PHONES, Role, Victim } from './role-matrix.spec'
import { comparable, matchKeysIn } from '../support/uploader-view'

const bin = join(__dirname, '..', '..', 'bin', 'healthcode.js')
const ROLES: Role[] = ['anonymous', 'stranger', 'relative', 'verifier', 'auditor', 'admin', 'otherAdmin', 'pendingStaff']

it('covers every function', () => {
  expect(Object.keys(FUNCTIONS).filter(f => !MATRIX[f])).toEqual([])
})

describe('role matrix', () => {
  let host: RunningHost
  const tokens: Partial<Record<Role, string>> = {}
  let victim: Victim
  let markers: string[]
  let admin2: string
  let prober: string
  let newcomer: string
  /** A new account's answers for the victim's ID number, then (frozen) a number nobody holds, then (limit) a third. */
  let bindingAnswers: { conflict: unknown; frozen: unknown; limit: unknown }
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
    // Two-sided: the victim's offer is the relative's only once the relative accepts it.
    expect((await host.call('grant-accept', { grantId: grant.id }, tokens.relative)).body.data.state).toBe('active')
    tokens.stranger = await host.login('13977770023')
    tokens.verifier = await host.login('13800000003')
    tokens.auditor = await host.login('13800000002')
    tokens.admin = await host.login('13800000001')
    tokens.otherAdmin = await host.login('13977770030')
    // Staff an admin created that no second admin approved: one to call as, one to be the request decided below.
    expect((await host.call('staff-create', { phone: '13977770031', displayName: '待批审核员', role: 'auditor' }, tokens.admin)).body.data.status).toBe('pending')
    tokens.pendingStaff = await host.login('13977770031')
    const staffRequest = (await host.call('staff-create', { phone: '13977770032', displayName: '待批核验员', role: 'auditor' }, tokens.admin)).body.data.request
    admin2 = await host.login('13800000004')
    prober = await host.login(PHONES.prober)
    await host.call('consent-accept', { version: (await host.call('consent-status', {}, prober)).body.data.version }, prober)
    expect((await host.call('health-declare', declaration({ basic: await basicInfo(host, validIdNumber('330106', '19500101', '820'), '周探') }), prober)).body.code).toBe(ReturnCode.OK)
    // An impostor tries the victim's ID number (and name): frozen, an identity-recovery item for the auditors.
    const impostor = await host.login('13977770044')
    await host.call('consent-accept', { version: (await host.call('consent-status', {}, impostor)).body.data.version }, impostor)
    const tryAs = async (token: string, id: string, name: string) => (await host.call('health-declare', declaration({ basic: await basicInfo(host, id, name) }), token)).body
    bindingAnswers = {
      conflict: await tryAs(impostor, victimId, victimName),
      frozen: await tryAs(impostor, validIdNumber('330106', '19480808', '821'), '钱多'),
      limit: await tryAs(impostor, validIdNumber('330106', '19480808', '822'), '钱多')
    }
    newcomer = await host.login('13977770045')
    await host.call('consent-accept', { version: (await host.call('consent-status', {}, newcomer)).body.data.version }, newcomer)
    const registeredDeclaration = declaration({ basic: await basicInfo(host, victimId, victimName) })
    const unregisteredDeclaration = declaration({ basic: await basicInfo(host, validIdNumber('330106', '19480808', '823'), '钱多') })
    const csv = Buffer.from('region_code,level,from,to\n330106,low,2026-11-01,2026-11-02\n').toString('base64')
    const imp = (await host.call('import-upload', { source: 'risk-areas', fileName: 'm.csv', contentBase64: csv }, tokens.admin)).body.data.import
    const imp2 = (await host.call('import-upload', { source: 'risk-areas', fileName: 'n.csv', contentBase64: Buffer.from('region_code,level,from,to\n330105,low,2026-11-01,2026-11-02\n').toString('base64') }, tokens.admin)).body.data.import
    for (let i = 0; i < 100 && (await host.call('import-detail', { importId: imp2.id }, tokens.admin)).body.data.state === 'processing'; i++) await new Promise(r => setTimeout(r, 50))
    const job = (await host.call('import-approve', { importId: imp2.id }, admin2)).body.data.job
    for (let i = 0; i < 100 && (await host.call('import-detail', { importId: imp.id }, tokens.admin)).body.data.state === 'processing'; i++) await new Promise(r => setTimeout(r, 50))
    // The oracle cases' two one-row imports: the victim's ID number, and one nobody registered.
    const oneRow = (id: string) => Buffer.from(`身份证号,检测结果,采样时间,检测机构\n${id},阳性,2026-11-01 09:30,杭州市疾控中心\n`).toString('base64')
    const registeredImportFile = oneRow(victimId)
    const unregisteredImportFile = oneRow(validIdNumber('330106', '19480808', '819'))
    const registeredImport = (await host.call('import-upload', { source: 'test-results', fileName: 'r.csv', contentBase64: registeredImportFile }, tokens.admin)).body.data.import
    const unregisteredImport = (await host.call('import-upload', { source: 'test-results', fileName: 'u.csv', contentBase64: unregisteredImportFile }, tokens.admin)).body.data.import
    for (const i of [registeredImport, unregisteredImport]) {
      for (let n = 0; n < 100 && (await host.call('import-detail', { importId: i.id }, tokens.admin)).body.data.state === 'processing'; n++) await new Promise(r => setTimeout(r, 50))
    }
    const queue = (await host.call('audit-queue', {}, tokens.auditor)).body.data
    const holder = queue.cases.find((c: any) => c.id === appeal.id).person.holder
    const change = (await host.call('status-change-request', { subject: { holder }, toStatus: 'yellow', reasonCode: 'contact-traced', note: '待审', evidence: [{ kind: 'document', ref: 'x' }] }, tokens.auditor)).body.data
    const point = (await host.call('point-create', { name: '矩阵点', address: '某路 1 号', kind: 'venue' }, tokens.admin)).body.data
    const staff = (await host.call('staff-list', {}, tokens.admin)).body.data.staff
    const evidence = (await host.call('audit-evidence', { kind: 'appeal', caseId: appeal.id }, tokens.auditor)).body.data
    const recovery = queue.recoveries[0]
    const recoveryAttempt = (await host.call('identity-recovery-evidence', { recoveryId: recovery.id }, tokens.auditor)).body.data.attempts[0]
    victim = {
      holder, grantId: grant.id, appealId: appeal.id, correctionId: correction.id, qr: presentCredential(code.credential, device.privateKey, Date.now() / 1000),
      importId: imp.id, changeId: change.id, pointId: point.id, verifierStaffId: staff.find((s: any) => s.role === 'verifier').staffId, jobId: job.id,
      alarmId: randomUUID(), attachmentId: evidence.case.attachments[0].id, staffRequestId: staffRequest.requestId,
      registeredImportId: registeredImport.id, unregisteredImportId: unregisteredImport.id, registeredImportFile, unregisteredImportFile,
      recoveryId: recovery.id, recoveryAttemptId: recoveryAttempt.id, registeredDeclaration, unregisteredDeclaration
    }
    markers = [holder, '孔*', maskedIdOf('resident-id', victimId.slice(0, 2) + victimId.slice(-2)), '139****0021', victimName, victimId]
  }, 120_000)
  afterAll(async () => { await host?.stop() })

  const leaked = (body: unknown) => markers.filter(m => JSON.stringify(body).includes(m))

  // Before the matrix below, which signs every role out (auth-logout, auth-logout-all).
  it.each(Object.keys(ORACLES))('%s answers the same whether another person is registered', async name => {
    for (const c of ORACLES[name]) {
      const token = c.as === 'secondAdmin' ? admin2 : c.as === 'prober' ? prober : c.as === 'newcomer' ? newcomer : c.as === 'anonymous' ? undefined : tokens[c.as]
      const seen: unknown[] = []
      for (const record of ['registered', 'unregistered'] as const) {
        const r = await host.call(name, c.input(victim, record), token)
        expect({ name, as: c.as, record, code: r.body.code }).toEqual({ name, as: c.as, record, code: c.code ?? ReturnCode.OK })
        seen.push(c.pick ? c.pick(r.body, victim, record) : r.body)
      }
      expect({ name, as: c.as, found: seen.map(x => x !== undefined) }).toEqual({ name, as: c.as, found: [true, true] })
      expect({ name, as: c.as, answer: comparable(seen[0], { rowCounts: true }) }).toEqual({ name, as: c.as, answer: comparable(seen[1], { rowCounts: true }) })
      expect({ name, as: c.as, matchCounts: matchKeysIn(seen) }).toEqual({ name, as: c.as, matchCounts: [] })
    }
  }, 60_000)

  // Before the matrix below, which signs every role out (auth-logout, auth-logout-all).
  it('staff no second admin approved have no staff power: every staff function answers 40301', async () => {
    const staffOnly = Object.keys(FUNCTIONS).filter(name => Array.isArray((FUNCTIONS as Record<string, { access: unknown }>)[name].access))
    expect(staffOnly).toEqual(expect.arrayContaining(['audit-queue', 'staff-approve', 'code-verify', 'import-approve']))
    for (const name of staffOnly) {
      const r = await host.call(name, MATRIX[name].input(victim), tokens.pendingStaff)
      // The input is checked before the role: an input its own staff would get 40001 for proves nothing here.
      const entitled = ((FUNCTIONS as Record<string, { access: Role[] }>)[name].access).find(role => tokens[role])
      const inputRefused = r.body.code === ReturnCode.INVALID_INPUT && (await host.call(name, MATRIX[name].input(victim), tokens[entitled!])).body.code === ReturnCode.INVALID_INPUT
      expect({ name, code: inputRefused ? 'input refused for everyone' : r.body.code }).toEqual({ name, code: inputRefused ? 'input refused for everyone' : ReturnCode.FORBIDDEN })
    }
    expect((await host.call('auth-session', {}, tokens.pendingStaff)).body.data.account.roles).toEqual(['citizen'])
  })

  it.each(Object.keys(MATRIX))('%s', async name => {
    const entry = MATRIX[name]
    for (const role of ROLES) {
      const r = await host.call(name, entry.input(victim), role === 'anonymous' ? undefined : tokens[role])
      if (!entry.sees.includes(role)) expect({ role, leaked: leaked(r.body) }).toEqual({ role, leaked: [] })
      if (entry.refused?.includes(role)) expect({ role, code: r.body.code === ReturnCode.OK ? 'accepted' : 'refused' }).toEqual({ role, code: 'refused' })
    }
  }, 60_000)

  it('a new account trying the victim\'s ID number gets the same whole body as a frozen account and one past its limit', () => {
    expect(bindingAnswers.conflict).toEqual({ code: ReturnCode.IDENTITY_CHECK_REQUIRED, error: 'identity_check_required', message: expect.any(String) })
    expect(bindingAnswers.frozen).toEqual(bindingAnswers.conflict)
    expect(bindingAnswers.limit).toEqual(bindingAnswers.conflict)
    expect(leaked(bindingAnswers)).toEqual([])
  })

  it('has oracle cases for every function that takes a phone number', () => {
    const takesPhone = Object.keys(MATRIX).filter(name => /"1[3-9]\d{9}"/.test(JSON.stringify(MATRIX[name].input(victim))))
    expect(takesPhone.filter(name => !ORACLES[name] && !PHONE_ORACLE_EXEMPT.includes(name))).toEqual([])
  })

  it('an offer or request naming the victim\'s number shows its opener nothing of the victim (only the number typed)', async () => {
    const typed = '139****' + PHONES.victim.slice(-4)
    for (const name of ['grant-list', 'notices-list', 'access-log']) {
      const body = (await host.call(name, {}, prober)).body
      expect({ name, code: body.code, leaked: leaked(body).filter(m => m !== typed) }).toEqual({ name, code: ReturnCode.OK, leaked: [] })
    }
    const mine = (await host.call('grant-list', {}, prober)).body.data
    const aboutVictim = [...mine.given, ...mine.held].filter((g: any) => g.other.phone === typed)
    expect(aboutVictim.length).toBeGreaterThan(0)
    for (const g of aboutVictim) expect(g).toMatchObject({ state: 'pending', waitingFor: 'other', other: { name: null } })
  })

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
