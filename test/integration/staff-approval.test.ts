// Dual control that one person cannot fake, through the host on SQLite and PostgreSQL: a new
// staff member has no staff power until a second, independent admin approves; and the reproduction — one
// admin, three phone numbers of their own, a red code — fails at the first dual-controlled step, 40305.
import { ReturnCode } from '@core/api/return-codes'
import type { RunningHost } from '../support/host'
import { describeOnEngines } from '../support/engine-suite'
import { basicInfo, chinaToday, declaration, newDevice, validIdNumber } from '../support/citizen'

// The demo seed's founders (made by the operator, so independent of each other).
const ADMIN_1 = '13800000001'
const ADMIN_2 = '13800000004'

describeOnEngines('staff power under dual control on %s', 120_000, ({ test, setup }) => {
  let host: RunningHost
  let admin1: string
  let admin2: string
  setup(async h => {
    host = h
    admin1 = await host.login(ADMIN_1)
    admin2 = await host.login(ADMIN_2)
  })

  async function greenCitizen(phone: string, seq: string) {
    const token = await host.login(phone)
    await host.call('consent-accept', { version: (await host.call('consent-status', {}, token)).body.data.version }, token)
    expect((await host.call('health-declare', declaration({ basic: await basicInfo(host, validIdNumber('330106', '19700101', seq)) }), token)).body.code).toBe(ReturnCode.OK)
    await host.call('code-generate', { devicePublicKey: newDevice().publicKeyBase64 }, token)
    const appeal = (await host.call('appeal-request', { description: '请核查我的状态 / please check' }, token)).body.data
    return { token, appealId: appeal.id as string }
  }

  test('an admin creates an auditor, who can do nothing until a second admin approves; the creator cannot approve it', async () => {
    const created = await host.call('staff-create', { phone: '13966600001', displayName: '新审核员', role: 'auditor' }, admin1)
    expect(created.body).toMatchObject({ code: ReturnCode.OK, data: { status: 'pending', request: { kind: 'create', state: 'pending', mine: true } } })
    const requestId = created.body.data.request.requestId
    const auditor = await host.login('13966600001')
    expect((await host.call('auth-session', {}, auditor)).body.data.account.roles).toEqual(['citizen'])
    const person = await greenCitizen('13966600010', '501')
    const asAuditor = [
      ['audit-queue', {}],
      ['audit-evidence', { kind: 'appeal', caseId: person.appealId }],
      ['status-change-request', { subject: { caseKind: 'appeal', caseId: person.appealId }, toStatus: 'red', reasonCode: 'lab-confirmed', note: '检测阳性', evidence: [{ kind: 'document', ref: 'LAB-1' }] }],
      ['grant-pending', {}],
      ['staff-list', {}]
    ] as const
    for (const [name, body] of asAuditor) expect({ name, code: (await host.call(name, body, auditor)).body.code }).toEqual({ name, code: ReturnCode.FORBIDDEN })

    // The other admin sees it waiting, with who asked; the creator sees it as theirs.
    const seen = (await host.call('staff-list', {}, admin2)).body.data.staff.find((s: any) => s.staffId === created.body.data.staffId)
    expect(seen.request).toMatchObject({ requestId, mine: false, requestedByName: '演示管理员 / Demo admin' })
    expect((await host.call('staff-approve', { requestId }, admin1)).body).toMatchObject({ code: ReturnCode.SECOND_APPROVER_REQUIRED, error: 'second_approver_required' })
    expect((await host.call('audit-queue', {}, auditor)).body.code).toBe(ReturnCode.FORBIDDEN)

    const approved = await host.call('staff-approve', { requestId }, admin2)
    expect(approved.body.data).toMatchObject({ status: 'active', role: 'auditor', approvedBy: expect.any(String), request: null })
    // The power starts with a fresh sign-in, to a staff session.
    expect((await host.call('auth-session', {}, auditor)).body.code).toBe(ReturnCode.SESSION_EXPIRED)
    const signedInAgain = await host.login('13966600001')
    expect((await host.call('auth-session', {}, signedInAgain)).body.data.account.roles).toEqual(['citizen', 'auditor'])
    expect((await host.call('audit-queue', {}, signedInAgain)).body.code).toBe(ReturnCode.OK)
  })

  test('one admin, three phone numbers, a red code: every route fails at its first dual-controlled step with 40305', async () => {
    const person = await greenCitizen('13966600020', '502')
    const made = []
    for (const [phone, role] of [['13966600021', 'admin'], ['13966600022', 'auditor'], ['13966600023', 'auditor']] as const) {
      const r = await host.call('staff-create', { phone, displayName: `我的${role}`, role }, admin1)
      expect(r.body.data.status).toBe('pending')
      made.push({ phone, requestId: r.body.data.request.requestId as string })
    }
    // The staff creations: the creator cannot approve them.
    for (const m of made) expect((await host.call('staff-approve', { requestId: m.requestId }, admin1)).body.code).toBe(ReturnCode.SECOND_APPROVER_REQUIRED)
    const firstPuppet = await host.login(made[0].phone)

    // Before approval, the new admin cannot even see the import.
    const csv = Buffer.from(`region_code,level,from,to\n440305,high,${chinaToday(-1)},${chinaToday(10)}\n`).toString('base64')
    const imp = (await host.call('import-upload', { source: 'risk-areas', fileName: 'rogue.csv', contentBase64: csv }, admin1)).body.data.import
    expect((await host.call('import-approve', { importId: imp.id }, firstPuppet)).body.code).toBe(ReturnCode.FORBIDDEN)

    // Even once an unwitting second admin approves them, they cannot be the rogue admin's second approvers.
    for (const m of made) expect((await host.call('staff-approve', { requestId: m.requestId }, admin2)).body.code).toBe(ReturnCode.OK)
    const [puppet, x, y] = await Promise.all(made.map(m => host.login(m.phone)))
    for (let i = 0; i < 100 && (await host.call('import-detail', { importId: imp.id }, admin1)).body.data.state === 'processing'; i++) await new Promise(r => setTimeout(r, 50))
    expect((await host.call('import-preview', { importId: imp.id }, puppet)).body.code).toBe(ReturnCode.SECOND_APPROVER_REQUIRED)
    expect((await host.call('import-approve', { importId: imp.id }, puppet)).body.code).toBe(ReturnCode.SECOND_APPROVER_REQUIRED)
    const red = await host.call('status-change-request', { subject: { caseKind: 'appeal', caseId: person.appealId }, toStatus: 'red', reasonCode: 'lab-confirmed', note: '检测阳性', evidence: [{ kind: 'document', ref: 'LAB-2' }] }, x)
    expect(red.body.data.state).toBe('pending')
    expect((await host.call('status-change-approve', { changeId: red.body.data.id }, y)).body.code).toBe(ReturnCode.SECOND_APPROVER_REQUIRED)

    expect((await host.call('health-info', {}, person.token)).body.data.status.status).toBe('green')
    expect((await host.call('import-detail', { importId: imp.id }, admin1)).body.data.state).toBe('preview')
    // An independent pair still works: the demo auditors were made by the operator.
    const demoAuditor = await host.login('13800000005')
    expect((await host.call('status-change-approve', { changeId: red.body.data.id }, demoAuditor)).body.data.state).toBe('approved')
    expect((await host.call('health-info', {}, person.token)).body.data.status.status).toBe('red')
  })
})
