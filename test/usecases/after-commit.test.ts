// A unit of work the store runs again (PostgreSQL's serialization_failure or deadlock_detected) must not
// repeat what reaches outside the store: the holder is told of a colour change once, an issued code is
// counted once, and the rows are written once. The store here is the real one (KyselyStore over SQLite);
// SQLite never raises those two errors itself, so a Kysely plugin raises one, once, at the COMMIT of a
// chosen transaction, as PostgreSQL would there.
import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from 'kysely'
import { tripDeclare } from '@core/api/contract/citizen'
import { KyselyStore } from '../../server/adapters/db/kysely-store'
import { HOUR, Kit, openKit } from '../support/usecase-kit'

let kit: Kit
beforeEach(async () => { kit = await openKit() })
afterEach(() => kit.close())

/**
 * Fails, with PostgreSQL's `code`, the COMMIT of the first transaction that inserts into `table` (as
 * PostgreSQL does at commit under SERIALIZABLE): the whole work has run by then, side effects and all.
 */
class FailCommitOnce implements KyselyPlugin {
  fired = 0
  private wrote = false
  constructor(private readonly table: string, private readonly code: '40001' | '40P01') {}

  transformQuery({ node }: PluginTransformQueryArgs): RootOperationNode {
    if (node.kind === 'InsertQueryNode' && node.into?.table.identifier.name === this.table) this.wrote = true
    if (this.wrote && this.fired === 0 && node.kind === 'RawNode' && node.sqlFragments.join('').trim() === 'commit') {
      this.fired++
      const message = this.code === '40001' ? 'could not serialize access due to read/write dependencies among transactions' : 'deadlock detected'
      throw Object.assign(new Error(message), { code: this.code })
    }
    return node
  }

  async transformResult({ result }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return result
  }
}

/** From now on the container's store (every use case, the job runner) goes through `plugin`. */
function storeThrough(plugin: KyselyPlugin): void {
  kit.c.store = new KyselyStore(kit.c.db.withPlugin(plugin), kit.clock)
}

const count = async (query: string) => Number((await kit.rows<{ n: number }>(query))[0].n)

describe('a unit of work run again after a conflict', () => {
  it('a re-assessment batch retried after a serialization failure tells the holder once', async () => {
    const traveller = await kit.citizen({ trips: [kit.trip('440305', -4, -3)] })
    const stayer = await kit.citizen()
    kit.clock.advance(HOUR)
    const up = await kit.upload('risk-areas', ['region_code,level,from,to', `440305,high,${kit.today(-5)},${kit.today(10)}`])
    await kit.preview(up.import.id)

    const fault = new FailCommitOnce('status_history', '40001')
    storeThrough(fault)
    const approved = await kit.approve(up.import.id)

    expect(fault.fired).toBe(1)
    expect(approved.job).toMatchObject({ state: 'done', changed: 1 })
    expect(kit.notifier.changes).toEqual([{ accountId: traveller.actor.accountId, from: 'green', to: 'red' }])
    // The first run's writes were rolled back: one red entry, not two.
    expect(await count(`select count(*) n from status_history where account_id = '${traveller.actor.accountId}' and to_status = 'red'`)).toBe(1)
    expect(await count(`select count(*) n from status_history where account_id = '${stayer.actor.accountId}'`)).toBe(1)
  })

  it('a declaration retried after a deadlock stores one declaration and counts its code once', async () => {
    const person = await kit.citizen()
    const day = kit.today()
    await kit.c.issued.flush()
    const before = (await kit.c.store.counters.get(kit.region, day))['codes-issued'] ?? 0

    const fault = new FailCommitOnce('declarations', '40P01')
    storeThrough(fault)
    const declared = await kit.useCases.citizen.declareTrips.execute(person.actor, kit.input(tripDeclare, { trips: [kit.trip('330106', -2, -1)] }), 'zh-CN')

    expect(fault.fired).toBe(1)
    expect(declared.code).not.toBeNull()
    expect(await count(`select count(*) n from declarations where account_id = '${person.actor.accountId}' and kind = 'trip'`)).toBe(1)
    await kit.c.issued.flush()
    expect((await kit.c.store.counters.get(kit.region, day))['codes-issued']).toBe(before + 1)
  })

  it('a conflict that outlasts the retries reaches the caller, with nothing written', async () => {
    const person = await kit.citizen()
    const always: KyselyPlugin = {
      transformQuery: ({ node }) => {
        if (node.kind === 'InsertQueryNode' && node.into?.table.identifier.name === 'declarations') throw Object.assign(new Error('deadlock detected'), { code: '40P01' })
        return node
      },
      transformResult: async ({ result }) => result
    }
    storeThrough(always)
    const before = await kit.dump()
    await expect(kit.useCases.citizen.declareTrips.execute(person.actor, kit.input(tripDeclare, { trips: [kit.trip('330106', -2, -1)] }), 'zh-CN'))
      .rejects.toMatchObject({ code: '40P01' })
    expect(await kit.dump()).toBe(before)
  })
})
