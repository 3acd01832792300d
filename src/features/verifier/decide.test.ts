import { presentCredential } from '@core/credential/present'
import { issueFixture } from '../../../test/support/credential-fixture'
import { decide } from './decide'
import type { StoredTrust } from './trust-store'

const now = Date.now()
const fx = issueFixture({ status: 'green', surname: '赵', idEnds: '3321' })
const synced = (ageS: number, extra: Partial<StoredTrust> = {}): StoredTrust => ({ ...fx.trustList, syncedAt: new Date(now - ageS * 1000).toISOString(), maxAgeSeconds: 86400, syncSeconds: 300, ...extra })
const qr = (atMs = now) => presentCredential(fx.credential, fx.devicePrivateKey, atMs / 1000)

describe('deciding on the device', () => {
  it('a live code with a fresh list is valid: colour, masked name and ID, and the holder for the record', () => {
    const d = decide(qr(), synced(60), now)
    expect(d.view).toMatchObject({ valid: true, status: 'green', name: '赵*', id: '33**************21', updateNeeded: false })
    expect(d.holder).toMatch(/^[A-Za-z0-9_-]{11}$/)
    expect(d.holderRegion).toBe('330100')
  })

  it('a presentation two minutes old is stale', () => {
    const d = decide(qr(now - 120_000), synced(60), now)
    expect(d.view).toMatchObject({ valid: false, reasons: ['stale-presentation'], name: null, id: null, status: null })
  })

  it('fails closed: a list older than its maximum age, or none at all, means update needed', () => {
    expect(decide(qr(), synced(86401), now).view).toMatchObject({ valid: false, updateNeeded: true, reasons: ['trust-list-stale'], name: null })
    expect(decide(qr(), synced(3601, { maxAgeSeconds: 3600 }), now).view.updateNeeded).toBe(true)
    expect(decide(qr(), null, now).view).toMatchObject({ valid: false, updateNeeded: true })
  })

  it('garbage is rejected with a reason, never thrown', () => {
    expect(decide('hello', synced(0), now).view).toMatchObject({ valid: false, reasons: ['prefix'] })
  })
})
