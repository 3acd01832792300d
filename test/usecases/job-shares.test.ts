// Background jobs cut into shares on the real store: any process may take a share, a share whose process
// died is taken over once its lease lapses and resumed after its last committed batch, and a process that
// lost its share cannot commit a batch of it. Each citizen is re-audited exactly once by the job, none is
// skipped, and the job's progress is the sum of what its shares committed.
import { Kit, openKit } from '../support/usecase-kit'
import { queueReassessment } from '../../server/usecases/jobs/reassess-job'
import { RunShares, type JobDeps, type ShareSettings } from '../../server/usecases/jobs/run-shares'
import { reassessBatch } from '../../server/usecases/assessment/reassess-batch'
import { ScheduleLeaseRepository } from '../../server/adapters/db/repositories/schedule-lease-repository'
import type { RuleSource } from '../../server/ports/rule-source'

let kit: Kit
beforeEach(async () => { kit = await openKit() })
afterEach(() => kit.close())

const HOT = '440305'
const LEASE_MS = 1000

function depsOf(k: Kit, rules: RuleSource = k.c.rules): JobDeps {
  return { store: k.c.store, pii: k.c.pii, rules, pseudonymOf: k.c.pseudonymOf, clock: k.clock, notifier: k.c.notifier }
}

const settings = (owner: string): ShareSettings => ({ owner, leaseMs: LEASE_MS, shareSize: 6, batchSize: 3 })

/** `n` citizens who travelled to HOT, and the high-risk area that makes them red once re-audited. */
async function travellers(n: number): Promise<string[]> {
  const ids: string[] = []
  for (let i = 0; i < n; i++) ids.push((await kit.citizen({ trips: [kit.trip(HOT, -4, -3)], device: false })).actor.accountId)
  await kit.c.store.riskAreas.insertImported({ id: 'area-1', regionCode: HOT, level: 'high', from: kit.today(-10), to: kit.today(10), source: 'import' }, 'import-1', kit.clock.now())
  return ids
}

/** Status changes the job wrote, per citizen: history rows and audit-log entries. */
async function changesBy(jobId: string, actor: string) {
  const history = await kit.rows<{ account_id: string; n: number }>(`select account_id, count(*) n from status_history where actor = '${actor}' group by account_id`)
  const logged = await kit.rows<{ subject: string; data: string }>("select subject, data from audit_log where action = 'status.change'")
  const fromJob = logged.filter(l => JSON.parse(l.data).job === jobId)
  return { history: Object.fromEntries(history.map(h => [h.account_id, Number(h.n)])), logged: fromJob.map(l => l.subject).sort() }
}

/** Rules that answer once, then fail: the process dies (as far as the store can tell) after its first batch. */
function rulesFailingAfter(k: Kit, calls: number): RuleSource {
  let n = 0
  return { current: (region, store) => { if (++n > calls) throw new Error('this process died'); return k.c.rules.current(region, store) } }
}

describe('a job in shares', () => {
  it('is taken over where a dead process left it, so every citizen changes exactly once and none is skipped', async () => {
    kit.expectLoggedErrors = true
    const ids = await travellers(12)
    const job = await queueReassessment(kit.c.store, kit.clock, kit.region, { accountIds: ids, reason: 'test' }, 'tester')

    // Host A splits the job (two shares of six), takes the first and dies after its first batch of three.
    await new RunShares(depsOf(kit, rulesFailingAfter(kit, 1)), settings('host-a')).execute()
    const shares = () => kit.rows<{ seq: number; state: string; done: number; lease_owner: string; attempts: number }>('select seq, state, done, lease_owner, attempts from job_shares order by seq')
    expect(await shares()).toEqual([
      { seq: 0, state: 'open', done: 3, lease_owner: 'host-a', attempts: 1 },
      { seq: 1, state: 'open', done: 0, lease_owner: null, attempts: 0 }
    ])
    expect(await kit.c.store.jobs.find(job.id)).toMatchObject({ state: 'running', total: 12, done: 3, changed: 3 })

    // Host B finds host A's share still leased: it runs the other one only.
    await new RunShares(depsOf(kit), settings('host-b')).execute()
    expect((await shares()).map(s => [s.state, s.done, s.lease_owner])).toEqual([['open', 3, 'host-a'], ['done', 6, 'host-b']])
    expect(await kit.c.store.jobs.find(job.id)).toMatchObject({ state: 'running', done: 9, changed: 9 })

    // Once host A's lease has lapsed, host B takes its share over after the last committed batch.
    kit.clock.advance(LEASE_MS + 1)
    await new RunShares(depsOf(kit), settings('host-b')).execute()
    expect((await shares()).map(s => [s.state, s.done, s.lease_owner, s.attempts])).toEqual([['done', 6, 'host-b', 2], ['done', 6, 'host-b', 1]])
    expect(await kit.c.store.jobs.find(job.id)).toMatchObject({ state: 'done', total: 12, done: 12, changed: 12 })

    const changes = await changesBy(job.id, 'tester')
    expect(changes.history).toEqual(Object.fromEntries(ids.map(id => [id, 1])))
    expect(changes.logged).toEqual([...ids].sort())
    for (const id of ids) expect((await kit.c.store.statuses.find(id))!.record.status).toBe('red')
  })

  it('refuses a batch from a process whose share was taken over, and its writes roll back', async () => {
    const ids = await travellers(3)
    const job = await queueReassessment(kit.c.store, kit.clock, kit.region, { accountIds: ids, reason: 'test' }, 'tester')
    await kit.c.store.transaction(tx => tx.jobs.split(job.id, [{ ids }], kit.clock.now()))
    const now = kit.clock.now()
    const old = await kit.c.store.jobs.claimShare('old', now, now + LEASE_MS)
    expect(old).toMatchObject({ jobId: job.id, seq: 0, resumeAfter: null })
    // While the lease holds, no one else gets the share; after it lapses, another process does.
    expect(await kit.c.store.jobs.claimShare('new', now, now + LEASE_MS)).toBeNull()
    kit.clock.advance(LEASE_MS + 1)
    expect(await kit.c.store.jobs.claimShare('new', kit.clock.now(), kit.clock.now() + LEASE_MS)).toMatchObject({ seq: 0, attempts: 2 })

    // The old holder wakes up and tries to commit its batch: refused, and nothing it wrote stays.
    const areas = await kit.c.store.riskAreas.all()
    await expect(reassessBatch(depsOf(kit), kit.region, ids, kit.clock.now(), areas, { actor: 'tester', source: 'rules' }, {
      commit: async tx => {
        const progress = { resumeAfter: ids[ids.length - 1], done: 3, changed: 3, finished: true }
        if (!(await tx.jobs.advanceShare(job.id, 0, 'old', progress, kit.clock.now() + LEASE_MS, kit.clock.now()))) throw new Error('share lost')
      }
    })).rejects.toThrow('share lost')
    for (const id of ids) expect((await kit.c.store.statuses.find(id))!.record.status).toBe('green')
    expect(await kit.rows("select count(*) n from status_history where actor = 'tester'")).toEqual([{ n: 0 }])
    expect(await kit.c.store.jobs.find(job.id)).toMatchObject({ done: 0, changed: 0 })
    expect(await kit.c.store.jobs.renewShare(job.id, 0, 'old', kit.clock.now() + LEASE_MS)).toBe(false)
    expect(await kit.c.store.jobs.renewShare(job.id, 0, 'new', kit.clock.now() + LEASE_MS)).toBe(true)
  })

  it('over the whole region is cut into ranges that reach each citizen once, including one who registers after the cut', async () => {
    const ids = await travellers(11)
    const job = await queueReassessment(kit.c.store, kit.clock, kit.region, { all: true, reason: 'rules' }, 'tester')
    await kit.c.store.transaction(async tx => {
      const { scopesOf } = await import('../../server/usecases/jobs/job-shares')
      await tx.jobs.split(job.id, await scopesOf(tx, (await tx.jobs.find(job.id))!, 5), kit.clock.now())
    })
    const late = (await kit.citizen({ trips: [kit.trip(HOT, -4, -3)], device: false })).actor.accountId
    await new RunShares(depsOf(kit), settings('host-a')).execute({ jobId: job.id })
    expect(await kit.rows('select kind, through_id is null open_ended from job_shares order by seq')).toEqual([
      { kind: 'range', open_ended: 0 }, { kind: 'range', open_ended: 0 }, { kind: 'range', open_ended: 1 }
    ])
    // The late citizen is evaluated too (12 done; total follows), already red from their own declaration.
    expect(await kit.c.store.jobs.find(job.id)).toMatchObject({ state: 'done', total: 12, done: 12, changed: 11 })
    const changes = await changesBy(job.id, 'tester')
    expect(changes.history).toEqual(Object.fromEntries(ids.map(id => [id, 1])))
    expect((await kit.c.store.statuses.find(late))!.record.status).toBe('red')
  })

  it('is stopped between batches when its process stops, and handed back at once for another to resume', async () => {
    const ids = await travellers(6)
    const job = await queueReassessment(kit.c.store, kit.clock, kit.region, { accountIds: ids, reason: 'test' }, 'tester')
    let batches = 0
    const counting: RuleSource = { current: (region, store) => { batches++; return kit.c.rules.current(region, store) } }
    await new RunShares(depsOf(kit, counting), settings('host-a')).execute({ stopping: () => batches >= 1 })
    expect(await kit.rows('select state, done, lease_until from job_shares')).toEqual([{ state: 'open', done: 3, lease_until: 0 }])
    await new RunShares(depsOf(kit), settings('host-b')).execute()
    expect(await kit.c.store.jobs.find(job.id)).toMatchObject({ state: 'done', done: 6, changed: 6 })
    expect((await changesBy(job.id, 'tester')).history).toEqual(Object.fromEntries(ids.map(id => [id, 1])))
  })
})

describe('the schedule lease', () => {
  it('lets one caller of many run a task per interval', async () => {
    const leases = ['a', 'b', 'c', 'd'].map(name => new ScheduleLeaseRepository(kit.c.db, name))
    const now = kit.clock.now()
    const first = await Promise.all(leases.map(l => l.tryRun('task', 2000, now)))
    expect(first.filter(Boolean)).toHaveLength(1)
    expect((await Promise.all(leases.map(l => l.tryRun('task', 2000, now + 1999)))).filter(Boolean)).toHaveLength(0)
    expect((await Promise.all(leases.map(l => l.tryRun('other', 2000, now + 1999)))).filter(Boolean)).toHaveLength(1)
    expect((await Promise.all(leases.map(l => l.tryRun('task', 2000, now + 2000)))).filter(Boolean)).toHaveLength(1)
  })
})
