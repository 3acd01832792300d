// A passport holder through the real host on SQLite and PostgreSQL: she binds with her passport, the
// host finds her by (type, number) and answers another account trying it with the whole body it gives for
// an ID card; the same characters as a travel permit bind another person. Sealed at rest, particulars
// included (migration 012).
import { ReturnCode } from '@core/api/return-codes'
import type { RunningHost } from '../support/host'
import { inspectPostgres, inspectSqlite, Inspector } from '../support/db-inspect'
import { describeOnEngines } from '../support/engine-suite'
import { basicInfo, declaration, encryptId, validIdNumber } from '../support/citizen'
import { recordIdentifier } from '../support/identifiers'

const PASSPORT = 'X7Q2M41K9'

describeOnEngines('ID types on %s', 120_000, ({ engine, schema, test, setup, cleanup }) => {
  let host: RunningHost
  let db: Inspector
  setup(async h => {
    host = h
    db = engine === 'postgres' ? await inspectPostgres(schema) : await inspectSqlite(h.dataDir)
    recordIdentifier(PASSPORT)
  })
  cleanup(() => db.close())

  const consented = async (phone: string) => {
    const token = await host.login(phone)
    await host.call('consent-accept', { version: (await host.call('consent-status', {}, token)).body.data.version }, token)
    return token
  }
  const passport = async (number: string, nationality = 'FRA') =>
    ({ name: 'Jeanne Martin', idType: 'passport', nationality, sex: 'female', birthDate: '1979-04-30', idNumberEncrypted: await encryptId(host, number), householdRegion: '330106', address: '杭州市西湖区文三路 3 号' })
  const declareWith = async (token: string, basic: Record<string, unknown>) => host.call('health-declare', declaration({ basic }), token)

  test('a passport binds, is found by (type, number), and a second account gets the ID card\'s 40306 body', async () => {
    const holder = await consented('13944440001')
    expect((await declareWith(holder, await passport(PASSPORT))).body.code).toBe(ReturnCode.OK)
    expect((await host.call('health-info', {}, holder)).body.data.holder).toMatchObject({ name: 'J*', id: 'X******K9' })

    const cardOwner = await consented('13944440002')
    const card = validIdNumber('330106', '19700101', '777')
    expect((await declareWith(cardOwner, await basicInfo(host, card))).body.code).toBe(ReturnCode.OK)
    const cardConflict = await declareWith(await consented('13944440003'), await basicInfo(host, card))

    const intruder = await consented('13944440004')
    const conflict = await declareWith(intruder, await passport(PASSPORT.toLowerCase()))
    expect(conflict.status).toBe(cardConflict.status)
    expect(conflict.body).toEqual(cardConflict.body)
    expect(conflict.body.code).toBe(ReturnCode.IDENTITY_CHECK_REQUIRED)
    expect(((await host.call('notices-list', {}, holder)).body.data.notices as { kind: string }[]).filter(n => n.kind === 'identity')).toHaveLength(1)

    // The same characters as a Hong Kong travel permit are someone else: they bind.
    const permit = await consented('13944440005')
    const asPermit = { name: '陈大文', idType: 'hk-macao-permit', sex: 'male', birthDate: '1968-11-02', idNumberEncrypted: await encryptId(host, 'H20451187'), householdRegion: '330106', address: '杭州市西湖区文三路 5 号' }
    expect((await declareWith(permit, asPermit)).body.code).toBe(ReturnCode.OK)
    expect((await declareWith(await consented('13944440006'), await passport('H20451187', 'GBR'))).body.code).toBe(ReturnCode.OK)

    const rows = await db.rows("select id_type, id_ends, particulars_enc from citizens where id_type <> 'resident-id' order by id_ends, id_type")
    expect(rows.map(r => [r.id_type, r.id_ends])).toEqual([['hk-macao-permit', 'H******87'], ['passport', 'H******87'], ['passport', 'X******K9']])
    expect(rows.every(r => typeof r.particulars_enc === 'string' && (r.particulars_enc as string).startsWith('v1.'))).toBe(true)
    const dump = (await db.dump()).toUpperCase()
    for (const secret of [PASSPORT, 'H20451187', '1979-04-30']) expect(dump).not.toContain(secret)
  })
})
