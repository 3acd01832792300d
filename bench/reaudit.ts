// npm run bench -- reaudit: 1,000,000 citizens with 14-day trips in the embedded store; times the re-audit
// after a new high-risk area (only the affected ~1%) and a full pass over everyone.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { loadConfig } from '../server/runtime/config'
import { bootstrap } from '../server/runtime/bootstrap'
import { queueReassessment, runReassessment } from '../server/usecases/jobs/reassess-job'
import { affectedAccounts } from '../server/usecases/imports/affected'
import { chinaDate } from '../src/core/declaration/schema'
import { toBase64 } from '../src/core/encoding/bytes'

const N = Number(process.env.BENCH_CITIZENS ?? 1_000_000)
const HOT = '420106'
const OTHER_COUNTIES = ['330102', '330105', '330106', '330108', '310104', '310105', '320102', '320104', '440103', '440104', '510104', '510105']

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'hc-reaudit-'))
  const { container: c } = await bootstrap(loadConfig({ DATA_DIR: dir, DEMO: '0' } as unknown as NodeJS.ProcessEnv))
  const now = Date.now()
  const region = c.config.region.code
  const t0 = Date.now()
  const db = new Database(join(dir, 'healthcode.db'))
  db.pragma('journal_mode = WAL'); db.pragma('synchronous = OFF')
  const insAccount = db.prepare('insert into accounts (id, phone_hash, phone_enc, wx_openid_hash, wx_openid_enc, alipay_uid_hash, status, created_at) values (?, null, null, null, null, null, ?, ?)')
  const insCitizen = db.prepare('insert into citizens (account_id, region, name_enc, surname, id_type, id_enc, id_hash, id_ends, holder, household_region, address_enc, bound_at, updated_at) values (?,?,?,?,?,?,?,?,?,?,?,?,?)')
  const insDecl = db.prepare('insert into declarations (id, account_id, kind, at, data_enc) values (?,?,?,?,?)')
  const insTrip = db.prepare('insert into trips (id, account_id, declaration_id, region, from_date, to_date) values (?,?,?,?,?,?)')
  const insStatus = db.prepare("insert into statuses (account_id, region, status, reason, rule_id, rule_version, set_at, exit_json, earliest_exit_at, inputs_json, revoked_before, evaluated_at, test_valid_until, vaccinated) values (?, ?, 'green', null, null, null, ?, null, null, '{}', null, ?, null, 0)")
  // Everyone declares the same healthy answers; sealing once per citizen would only time AES here.
  const sealed = c.pii.seal(JSON.stringify({ health: { temperature: 36.5, symptoms: [], conditions: [] }, contact: 'none', tests: [], vaccination: null }))
  const day = (d: number) => chinaDate(now - d * 86400_000)
  let hot = 0
  const load = db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const id = 'c' + String(i).padStart(8, '0')
      insAccount.run(id, 'active', now)
      insCitizen.run(id, region, 'x', '张', 'resident-id', 'x', 'h' + i, '1134', toBase64(c.pseudonymOf(id), true), '330106', 'x', now, now)
      insDecl.run('d' + i, id, 'health', now - 3600_000, sealed)
      const isHot = i % 100 === 7
      if (isHot) hot++
      insTrip.run('t' + i, id, 'd' + i, isHot ? HOT : OTHER_COUNTIES[i % OTHER_COUNTIES.length], day(6), day(4))
      if (i % 3 === 0) insTrip.run('u' + i, id, 'd' + i, OTHER_COUNTIES[(i * 7) % OTHER_COUNTIES.length], day(12), day(10))
      insStatus.run(id, region, now - 86400_000, now - 86400_000)
    }
  })
  for (let i = 0; i < N; i += 50_000) load(i, Math.min(N, i + 50_000))
  db.close()
  console.log(`loaded ${N} citizens (${hot} with a trip to ${HOT}) in ${((Date.now() - t0) / 1000).toFixed(1)} s`)

  // A new high-risk area: exactly the affected citizens are re-audited.
  await c.store.riskAreas.insertImported({ id: 'bench-area', regionCode: HOT, level: 'high', from: day(10), to: day(-10), source: 'import' }, 'bench-import', now)
  const t1 = Date.now()
  const ids = await affectedAccounts(c.store, [{ kind: 'risk-area', regionCode: HOT, level: 'high', from: day(10), to: day(-10) }], Date.now())
  const job = await queueReassessment(c.store, c.clock, region, { accountIds: ids, reason: 'bench', importId: 'bench-import' }, 'bench')
  const affectedJob = await runReassessment({ store: c.store, pii: c.pii, rules: c.rules, pseudonymOf: c.pseudonymOf, clock: c.clock }, job.id)
  const affectedS = (Date.now() - t1) / 1000
  console.log(`re-audit after a new high-risk area: ${ids.length} affected, ${affectedJob!.changed} changed, ${affectedS.toFixed(1)} s`)
  if (affectedJob!.changed !== hot) throw new Error(`expected ${hot} changes, got ${affectedJob!.changed}`)

  const t2 = Date.now()
  const full = await queueReassessment(c.store, c.clock, region, { all: true, reason: 'bench-full' }, 'bench')
  const fullJob = await runReassessment({ store: c.store, pii: c.pii, rules: c.rules, pseudonymOf: c.pseudonymOf, clock: c.clock }, full.id)
  const fullS = (Date.now() - t2) / 1000
  console.log(`full pass: ${fullJob!.done} citizens, ${fullJob!.changed} changed, ${fullS.toFixed(1)} s`)
  await c.close()
  console.log(JSON.stringify({ citizens: N, affected: ids.length, reaudit_affected_s: Number(affectedS.toFixed(2)), reaudit_full_s: Number(fullS.toFixed(2)) }))
}

main().catch(e => { console.error(e); process.exit(1) })
