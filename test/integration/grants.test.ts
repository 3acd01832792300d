// Relatives' grants through the host: a request confirmed by an auditor in person, the limit of 4 held
// grants, and ending a grant revoking the relative's phone but not the holder's own.
import { ReturnCode } from '@core/api/return-codes'
import { presentCredential } from '@core/credential/present'
import { verify } from '@core/credential/verify'
import { startHost, RunningHost } from '../support/host'
import { basicInfo, declaration, newDevice, validIdNumber } from '../support/citizen'

describe('grants', () => {
  let host: RunningHost
  beforeAll(async () => { host = await startHost() }, 60_000)
  afterAll(async () => { await host.stop() })

  async function citizen(phone: string, seq: string) {
    const token = await host.login(phone)
    await host.call('consent-accept', { version: (await host.call('consent-status', {}, token)).body.data.version }, token)
    await host.call('health-declare', declaration({ basic: await basicInfo(host, validIdNumber('330106', '19400404', seq), '吴奶奶') }), token)
    const device = newDevice()
    const code = (await host.call('code-generate', { devicePublicKey: device.publicKeyBase64 }, token)).body.data
    return { token, device, credential: code.credential as string }
  }

  it('a relative asks, an auditor confirms in person, the relative holds the code; ending it revokes only his phone', async () => {
    const grandma = await citizen('13988880001', '401')
    const grandson = await host.login('13988880002')
    const req = (await host.call('grant-request', { otherPhone: '13988880001', scope: 'hold', purpose: '代为亮码', days: 30 }, grandson)).body.data
    expect(req.state).toBe('pending')
    // The answer names the grant, never either person's account or the phone it binds.
    expect(Object.keys(req).sort()).toEqual(['createdAt', 'endedAt', 'expiresAt', 'id', 'purpose', 'scope', 'state'])
    expect((await host.call('grant-code', { grantId: req.id, devicePublicKey: newDevice().publicKeyBase64 }, grandson)).body.code).toBe(ReturnCode.FORBIDDEN)
    const auditor = await host.login('13800000002')
    const pending = (await host.call('grant-pending', {}, auditor)).body.data.grants
    expect(pending.find((g: any) => g.id === req.id)).toMatchObject({ scope: 'hold', holder: { name: '吴*' }, relative: { phone: '139****0002' } })
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
  })

  it('one person holds grants for at most 4 others', async () => {
    const relative = await host.login('13988880010')
    for (let i = 1; i <= 5; i++) {
      const holder = await citizen(`1398888002${i}`, `50${i}`)
      const r = await host.call('grant-create', { otherPhone: '13988880010', scope: 'view', purpose: '照看', days: 7 }, holder.token)
      expect(r.body.code).toBe(i <= 4 ? ReturnCode.OK : ReturnCode.GRANT_LIMIT)
    }
    void relative
  })
})
