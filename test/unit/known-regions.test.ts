// The county check moved from the declaration schema into the use cases (it needs the region directory):
// the same INVALID_INPUT with the same paths and codes, before anything is read or written.
import { ReturnCode } from '@core/api/return-codes'
import { AppError } from '@core/api/app-error'
import { assertKnownRegions } from '../../server/usecases/citizen/check-regions'
import { DeclareTrips } from '../../server/usecases/citizen/declare-trips'
import type { Actor } from '../../server/usecases/actor'

const regions = { isCounty: (code: string) => code === '330106', name: (code: string) => (['330106', '330100', '330000'].includes(code) ? 'x' : null) }

function thrown(f: () => unknown): AppError {
  try {
    f()
  } catch (e) {
    return e as AppError
  }
  throw new Error('did not throw')
}

it('names every unknown trip region and an unknown household region, in the caller’s language', () => {
  const e = thrown(() => assertKnownRegions(regions, { trips: [{ region: '330106' }, { region: '999999' }, { region: '330100' }], basic: { householdRegion: '999999' } }, 'en'))
  expect(e.code).toBe(ReturnCode.INVALID_INPUT)
  expect(e.issues?.map(i => [i.path, i.code])).toEqual([['trips.1.region', 'region'], ['trips.2.region', 'region'], ['basic.householdRegion', 'region']])
  expect(e.issues?.[0].message).toMatch(/[a-z]/i)
})

it('passes known regions (a household region need not be a county)', () => {
  expect(() => assertKnownRegions(regions, { trips: [{ region: '330106' }], basic: { householdRegion: '330100' } }, 'zh-CN')).not.toThrow()
})

it('trip-declare refuses an unknown county before touching the store', async () => {
  const untouched = new Proxy({}, { get: () => { throw new Error('store touched') } })
  const declare = new DeclareTrips({
    store: untouched as never, pii: untouched as never, clock: { now: () => 0 }, regions,
    assess: untouched as never, signer: untouched as never, pseudonymOf: () => new Uint8Array(8)
  })
  const actor: Actor = { accountId: 'a1', sessionId: null, platform: 'h5', staff: null }
  await expect(declare.execute(actor, { trips: [{ region: '999999', from: '2026-11-20', to: '2026-11-21' }] }, 'zh-CN')).rejects.toMatchObject({ code: ReturnCode.INVALID_INPUT, issues: [{ path: 'trips.0.region', code: 'region' }] })
})
