// Relatives' grants through the host, on SQLite and PostgreSQL. No existence oracle: grant-create and
// grant-request over a declared person's phone, a phone that never signed in and a phone that never
// declared give the same answer, and nothing of the other person shows on the opener's side (grant-list,
// notices, access history) until that person accepts in their own app. Then: a request confirmed by an
// auditor in person, the limit of 4 held grants checked when the relative accepts, and ending a grant
// revoking the relative's phone but not the holder's own.
import { ReturnCode } from '@core/api/return-codes'
import { presentCredential } from '@core/credential/present'
import { verify } from '@core/credential/verify'
import { maskedIdOf } from '@core/identity/id-mask'
import type { RunningHost } from '../support/host'
import { describeOnEngines } from '../support/engine-suite'
import { basicInfo, declaration, newDevice, validIdNumber } from '../support/citizen'

/** An answer with what differs by call (ids, times) replaced: what is left must be the same for every phone. */
function normalised(body: unknown): unknown {
  return JSON.parse(JSON.stringify(body), (key, value) => (key === 'id' ? '<id>' : typeof value === 'number' && value > 1e12 ? '<time>' : value))
}

describeOnEngines('grants on %s', 120_000, ({ test, setup }) => {
  let host: RunningHost
  setup(async h => { host = h })

  async function citizen(phone: string, seq: string, name = '吴奶奶') {
    const token = await host.login(phone)
    await host.call('consent-accept', { version: (await host.call('consent-status', {}, token)).body.data.version }, token)
    const id = validIdNumber('330106', '19400404', seq)
    expect((await host.call('health-declare', declaration({ basic: await basicInfo(host, id, name) }), token)).body.code).toBe(ReturnCode.OK)
    const device = newDevice()
    const code = (await host.call('code-generate', { devicePublicKey: device.publicKeyBase64 }, token)).body.data
    return { token, device, credential: code.credential as string, id }
  }

  test('grant-create and grant-request answer the same for every phone, and show nothing of the other person until they accept', async () => {
    const a = await citizen('13988870001', '301', '赵大妈')
    const b = await citizen('13988870002', '302', '钱多多')
    const neverDeclared = await host.login('13988870003')
    const phones = { declared: '13988870002', neverDeclared: '13988870003', neverSignedIn: '13988870004' }
    const bMarkers = ['钱*', '钱多多', maskedIdOf('resident-id', b.id.slice(0, 2) + b.id.slice(-2)), b.id]
    const leaks = (body: unknown) => bMarkers.filter(m => JSON.stringify(body).includes(m))

    const ids: Record<string, string> = {}
    for (const fn of ['grant-create', 'grant-request']) {
      const answers = []
      for (const [kind, otherPhone] of Object.entries(phones)) {
        const r = await host.call(fn, { otherPhone, scope: 'view', purpose: '照看老人', days: 7 }, a.token)
        expect({ fn, kind, code: r.body.code }).toEqual({ fn, kind, code: ReturnCode.OK })
        expect(leaks(r.body)).toEqual([])
        answers.push(normalised(r.body))
        ids[`${fn}:${kind}`] = r.body.data.id
      }
      expect(answers).toEqual([answers[0], answers[0], answers[0]])
    }

    // The opener's side: each grant shows the number typed, masked, and "waiting", the same way for all three.
    const list = (await host.call('grant-list', {}, a.token)).body
    expect(leaks(list)).toEqual([])
    expect(list.data.incoming).toEqual([])
    for (const side of ['given', 'held'] as const) {
      const rows = list.data[side] as any[]
      expect(rows.map(g => g.other.phone).sort()).toEqual(['139****0002', '139****0003', '139****0004'])
      const shapes = rows.map(g => normalised({ ...g, other: { ...g.other, phone: '<typed>' } }))
      expect(shapes).toEqual([shapes[0], shapes[0], shapes[0]])
      expect(shapes[0]).toMatchObject({ state: 'pending', waitingFor: 'other', other: { name: null } })
    }
    for (const fn of ['notices-list', 'access-log']) {
      const r = (await host.call(fn, {}, a.token)).body
      expect({ fn, leaked: leaks(r), data: r.data }).toEqual({ fn, leaked: [], data: fn === 'notices-list' ? { notices: [] } : { entries: [] } })
    }

    // The other side: B and the never-declared account see what waits for them, with A's number masked and no name.
    for (const [token, kind] of [[b.token, 'declared'], [neverDeclared, 'neverDeclared']] as const) {
      const incoming = (await host.call('grant-list', {}, token)).body.data.incoming
      expect(incoming.map((g: any) => g.id).sort()).toEqual([ids[`grant-create:${kind}`], ids[`grant-request:${kind}`]].sort())
      for (const g of incoming) expect(g).toMatchObject({ waitingFor: 'me', other: { name: null, phone: '139****0001' } })
      expect((await host.call('notices-list', {}, token)).body.data.notices).toHaveLength(2)
    }

    // Once B accepts the offer, both see each other masked as before.
    expect((await host.call('grant-accept', { grantId: ids['grant-create:declared'] }, b.token)).body.data.state).toBe('active')
    const after = (await host.call('grant-list', {}, a.token)).body.data.given.find((g: any) => g.id === ids['grant-create:declared'])
    expect(after).toMatchObject({ state: 'active', other: { name: '钱*', phone: '139****0002' } })
    expect((await host.call('grant-status', { grantId: ids['grant-create:declared'] }, b.token)).body.data.holder.name).toBe('赵*')
    const history = (await host.call('access-log', {}, a.token)).body.data.entries
    expect(history).toEqual([
      expect.objectContaining({ kind: 'relative', who: '139****0002', purpose: 'view-status' }),
      expect.objectContaining({ kind: 'relative', who: '139****0002', purpose: 'grant-accept' })
    ])
  })

  test('a relative asks, an auditor confirms in person, the relative holds the code; ending it revokes only his phone', async () => {
    const grandma = await citizen('13988880001', '401')
    const grandson = await host.login('13988880002')
    const req = (await host.call('grant-request', { otherPhone: '13988880001', scope: 'hold', purpose: '代为亮码', days: 30 }, grandson)).body.data
    expect(req.state).toBe('pending')
    // The answer names the grant, never either person's account or the phone it binds.
    expect(Object.keys(req).sort()).toEqual(['createdAt', 'endedAt', 'expiresAt', 'id', 'purpose', 'scope', 'state'])
    expect((await host.call('grant-code', { grantId: req.id, devicePublicKey: newDevice().publicKeyBase64 }, grandson)).body.code).toBe(ReturnCode.FORBIDDEN)
    const auditor = await host.login('13800000002')
    const pending = (await host.call('grant-pending', {}, auditor)).body.data.grants
    expect(pending.find((g: any) => g.id === req.id)).toMatchObject({ openedBy: 'relative', scope: 'hold', holder: { name: '吴*' }, relative: { phone: '139****0002' } })
    expect((await host.call('grant-confirm', { grantId: req.id, note: '已当面核实户口簿' }, auditor)).body.data.state).toBe('active')
    const phone = newDevice()
    const held = (await host.call('grant-code', { grantId: req.id, devicePublicKey: phone.publicKeyBase64 }, grandson)).body.data
    const trust = await (await fetch(`${host.url}/trust-list.json`)).json()
    const t = Date.now()
    expect(verify(presentCredential(held.credential, phone.privateKey, t / 1000), trust, t)).toMatchObject({ valid: true, claims: { name: '吴*' } })

    expect((await host.call('grant-revoke', { grantId: req.id }, grandma.token)).body.data.state).toBe('revoked')
    const trust2 = await (await fetch(`${host.url}/trust-list.json`)).json()
    const t2 = Date.now()
    expect(verify(presentCredential(held.credential, phone.privateKey, t2 / 1000), trust2, t2).reasons).toEqual(['revoked'])
    expect(verify(presentCredential(grandma.credential, grandma.device.privateKey, t2 / 1000), trust2, t2).valid).toBe(true)
    expect((await host.call('grant-status', { grantId: req.id }, grandson)).body.code).toBe(ReturnCode.FORBIDDEN)
    const log = (await host.call('access-log', {}, grandma.token)).body.data.entries
    expect(log.filter((e: any) => e.kind === 'relative').length).toBeGreaterThanOrEqual(1)
    expect(log).toContainEqual(expect.objectContaining({ kind: 'staff', purpose: 'grant-confirm' }))
  })

  test('one person holds grants for at most 4 others: every offer gets the same answer, the fifth acceptance is refused', async () => {
    const relative = await host.login('13988880010')
    const offers: string[] = []
    for (let i = 1; i <= 5; i++) {
      const holder = await citizen(`1398888002${i}`, `50${i}`)
      const r = await host.call('grant-create', { otherPhone: '13988880010', scope: 'view', purpose: '照看', days: 7 }, holder.token)
      expect(r.body.code).toBe(ReturnCode.OK)
      offers.push(r.body.data.id)
    }
    for (const [i, grantId] of offers.entries()) {
      expect((await host.call('grant-accept', { grantId }, relative)).body.code).toBe(i < 4 ? ReturnCode.OK : ReturnCode.GRANT_LIMIT)
    }
    expect((await host.call('grant-decline', { grantId: offers[4] }, relative)).body.data.state).toBe('declined')
  })
})
